import { CodeLink } from "@/components/codes/code-link";
import { UserLink } from "@/components/lookup/user-link";
import { LocalTime } from "@/components/time/local-time";
import { Cell, MoreCell, Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { LoggedCall } from "@/lib/audit/logged-call";

export const CALL_STATUS_LABEL: Record<LoggedCall["status"], string> = {
  answered: "Answered",
  "transport-failed": "Did not complete",
  unknown: "Outcome unknown",
  pending: "In flight",
};

/** QA calls (send-as-is, suites), newest first; each opens its record with the full exchange. */
export function CallsTable({ calls }: { calls: LoggedCall[] }) {
  if (calls.length === 0) return <p className="text-sm text-muted">No send-as-is or suite call matches.</p>;
  return (
    <Table
      caption="Send-as-is and suite calls, newest first"
      labels={[
        "When",
        { label: "Operator", secondary: true },
        { label: "Environment", secondary: true },
        { label: "Tool", secondary: true },
        "Action",
        { label: "FromUserId", secondary: true },
        { label: "Probe", secondary: true },
        "Outcome",
        { label: "Code", secondary: true },
        { label: "RequestId", secondary: true },
        { label: "Reason", secondary: true },
      ]}
    >
      {calls.map((call) => {
        const environment = (
          <>
            {call.environmentName}
            {call.production && <strong className="ml-1 text-danger">prod</strong>}
          </>
        );
        const code = call.code === null ? "—" : <CodeLink code={call.code} />;
        return (
          <Row key={call.id}>
            <Cell className="whitespace-nowrap">
              <TextLink href={`/history/calls/${call.id}`}>
                <LocalTime value={call.createdAt} />
              </TextLink>
            </Cell>
            <Cell secondary>{call.operatorEmail}</Cell>
            <Cell secondary>{environment}</Cell>
            <Cell secondary>{call.source}</Cell>
            <Cell className="font-mono break-all">{call.action}</Cell>
            <Cell secondary className="font-mono">
              {call.fromUserId ? <UserLink userId={call.fromUserId} /> : "—"}
            </Cell>
            <Cell secondary>{call.probe}</Cell>
            <Cell>{CALL_STATUS_LABEL[call.status]}</Cell>
            <Cell secondary>{code}</Cell>
            <Cell secondary className="font-mono text-xs">
              {call.requestId ?? "—"}
            </Cell>
            <Cell secondary>{call.reason}</Cell>
            <MoreCell
              items={[
                ["Operator", call.operatorEmail],
                ["Environment", environment],
                ["Tool", call.source],
                ["FromUserId", call.fromUserId || "—"],
                ["Probe", call.probe],
                ["Code", code],
                ["RequestId", call.requestId ?? "—"],
                ["Reason", call.reason || "—"],
              ]}
            />
          </Row>
        );
      })}
    </Table>
  );
}
