import { CodeLink } from "@/components/codes/code-link";
import { RequestInspector } from "@/components/results/request-inspector";
import type { LoggedCall } from "@/lib/audit/logged-call";

const STATUS_LABEL: Record<LoggedCall["status"], string> = {
  answered: "Answered",
  "transport-failed": "Did not complete",
  unknown: "Outcome unknown",
  pending: "In flight",
};

/** QA calls (send-as-is, suites), newest first, each with its full exchange on demand. */
export function CallsTable({ calls }: { calls: LoggedCall[] }) {
  if (calls.length === 0) return <p className="text-sm text-slate-600">No send-as-is or suite call yet.</p>;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-1 text-left font-semibold">Send-as-is and suite calls, newest first</caption>
      <thead>
        <tr className="border-b border-slate-300 text-slate-600">
          {["When (server time)", "Operator", "Environment", "Source", "Action", "Probe", "Outcome", "Code", "Exchange"].map(
            (label) => (
              <th key={label} scope="col" className="py-1 pr-2">
                {label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {calls.map((call) => (
          <tr key={call.id} className="border-b border-slate-200 align-top">
            <td className="py-1 pr-2 whitespace-nowrap">{new Date(call.createdAt).toLocaleString()}</td>
            <td className="py-1 pr-2">{call.operatorEmail}</td>
            <td className="py-1 pr-2">
              {call.environmentName}
              {call.production && <strong className="ml-1 text-red-700">prod</strong>}
            </td>
            <td className="py-1 pr-2">{call.source}</td>
            <td className="py-1 pr-2 font-mono">{call.action}</td>
            <td className="py-1 pr-2">{call.probe}</td>
            <td className="py-1 pr-2">{STATUS_LABEL[call.status]}</td>
            <td className="py-1 pr-2">{call.code === null ? "—" : <CodeLink code={call.code} />}</td>
            <td className="py-1 pr-2">
              {call.call ? (
                <RequestInspector call={call.call} />
              ) : (
                <span className="font-mono text-xs break-all">
                  {call.request.method} {call.request.url}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
