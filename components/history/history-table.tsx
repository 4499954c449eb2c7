import { CodeLink } from "@/components/codes/code-link";
import { Cell, Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { SendRecord } from "@/lib/audit/send-record";

const STATUS_LABEL: Record<SendRecord["status"], string> = {
  "all-sent": "All sent",
  partial: "Partly sent",
  "all-failed": "All failed",
  rejected: "Rejected",
  "transport-failed": "Did not complete",
  unknown: "Outcome unknown",
  unrecorded: "Sent, result not recorded",
  pending: "In flight",
};

function counts(record: SendRecord): string {
  if (record.outcome?.status !== "answered") return "—";
  return `${record.outcome.result.sentCount} sent, ${record.outcome.result.failedCount} failed`;
}

export function HistoryTable({ records }: { records: SendRecord[] }) {
  if (records.length === 0) return <p className="text-sm text-muted">No send matches these filters.</p>;
  return (
    <Table
      caption="Sends, newest first"
      labels={[
        "When (server time)",
        "Operator",
        "Environment",
        "FromUserId",
        "Targets",
        "Outcome",
        "Code",
        "RequestId",
        "Reason",
      ]}
    >
      {records.map((record) => (
        <Row key={record.id}>
          <Cell className="whitespace-nowrap">
            <TextLink href={`/history/${record.id}`}>{new Date(record.createdAt).toLocaleString()}</TextLink>
          </Cell>
          <Cell>{record.operatorEmail}</Cell>
          <Cell>
            {record.environmentName}
            {record.production && <strong className="ml-1 text-danger">prod</strong>}
          </Cell>
          <Cell className="font-mono">{record.fromUserId}</Cell>
          <Cell>
            {record.input.friendInfos.length} · {counts(record)}
          </Cell>
          <Cell>{STATUS_LABEL[record.status]}</Cell>
          <Cell className="font-mono">{record.code === null ? "—" : <CodeLink code={record.code} />}</Cell>
          <Cell className="font-mono text-xs">{record.requestId ?? "—"}</Cell>
          <Cell>{record.reason}</Cell>
        </Row>
      ))}
    </Table>
  );
}
