import { CodeLink } from "@/components/codes/code-link";
import { RequestInspector } from "@/components/results/request-inspector";
import { Cell, Row, Table } from "@/components/ui/table";
import type { LoggedCall } from "@/lib/audit/logged-call";

const STATUS_LABEL: Record<LoggedCall["status"], string> = {
  answered: "Answered",
  "transport-failed": "Did not complete",
  unknown: "Outcome unknown",
  pending: "In flight",
};

/** QA calls (send-as-is, suites), newest first, each with its full exchange on demand. */
export function CallsTable({ calls }: { calls: LoggedCall[] }) {
  if (calls.length === 0) return <p className="text-sm text-muted">No send-as-is or suite call yet.</p>;
  return (
    <Table caption="Send-as-is and suite calls, newest first" labels={["{label}"]}>
      {calls.map((call) => (
        <Row key={call.id}>
          <Cell className="whitespace-nowrap">{new Date(call.createdAt).toLocaleString()}</Cell>
          <Cell>{call.operatorEmail}</Cell>
          <Cell>
            {call.environmentName}
            {call.production && <strong className="ml-1 text-danger">prod</strong>}
          </Cell>
          <Cell>{call.source}</Cell>
          <Cell className="font-mono">{call.action}</Cell>
          <Cell>{call.probe}</Cell>
          <Cell>{STATUS_LABEL[call.status]}</Cell>
          <Cell>{call.code === null ? "—" : <CodeLink code={call.code} />}</Cell>
          <Cell>
            {call.call ? (
              <RequestInspector call={call.call} />
            ) : (
              <span className="font-mono text-xs break-all">
                {call.request.method} {call.request.url}
              </span>
            )}
          </Cell>
        </Row>
      ))}
    </Table>
  );
}
