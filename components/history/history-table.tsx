import { CodeLink } from "@/components/codes/code-link";
import { UserLink } from "@/components/lookup/user-link";
import { LocalTime } from "@/components/time/local-time";
import { Cell, MoreCell, Row, Table } from "@/components/ui/table";
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
        "When",
        { label: "Operator", secondary: true },
        { label: "Environment", secondary: true },
        "FromUserId",
        { label: "Targets", secondary: true },
        "Outcome",
        { label: "Code", secondary: true },
        { label: "RequestId", secondary: true },
        { label: "Reason", secondary: true },
      ]}
    >
      {records.map((record) => {
        const environment = (
          <>
            {record.environmentName}
            {record.production && <strong className="ml-1 text-danger">prod</strong>}
          </>
        );
        const code = record.code === null ? "—" : <CodeLink code={record.code} />;
        return (
          <Row key={record.id}>
            <Cell className="whitespace-nowrap">
              <TextLink href={`/history/${record.id}`}>
                <LocalTime value={record.createdAt} />
              </TextLink>
            </Cell>
            <Cell secondary>{record.operatorEmail}</Cell>
            <Cell secondary>{environment}</Cell>
            <Cell className="font-mono break-all">
              <UserLink userId={record.fromUserId} />
            </Cell>
            <Cell secondary>
              {record.input.friendInfos.length} · {counts(record)}
            </Cell>
            <Cell>{STATUS_LABEL[record.status]}</Cell>
            <Cell secondary className="font-mono">
              {code}
            </Cell>
            <Cell secondary className="font-mono text-xs">
              {record.requestId ?? "—"}
            </Cell>
            <Cell secondary>{record.reason}</Cell>
            <MoreCell
              items={[
                ["Operator", record.operatorEmail],
                ["Environment", environment],
                ["Targets", `${record.input.friendInfos.length} · ${counts(record)}`],
                ["Code", code],
                ["RequestId", record.requestId ?? "—"],
                ["Reason", record.reason || "—"],
              ]}
            />
          </Row>
        );
      })}
    </Table>
  );
}
