import Link from "next/link";

import { CodeLink } from "@/components/codes/code-link";
import type { SendRecord } from "@/lib/audit/send-record";

const STATUS_LABEL: Record<SendRecord["status"], string> = {
  "all-sent": "All sent",
  partial: "Partly sent",
  "all-failed": "All failed",
  rejected: "Rejected",
  "transport-failed": "Did not complete",
  unknown: "Outcome unknown",
  pending: "In flight",
};

function counts(record: SendRecord): string {
  if (record.outcome?.status !== "answered") return "—";
  return `${record.outcome.result.sentCount} sent, ${record.outcome.result.failedCount} failed`;
}

export function HistoryTable({ records }: { records: SendRecord[] }) {
  if (records.length === 0) return <p className="text-sm text-slate-600">No send matches these filters.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">Sends, newest first</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-600">
            {[
              "When (server time)",
              "Operator",
              "Environment",
              "FromUserId",
              "Targets",
              "Outcome",
              "Code",
              "RequestId",
              "Reason",
            ].map((label) => (
              <th key={label} scope="col" className="py-1 pr-2">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-2 whitespace-nowrap">
                <Link href={`/history/${record.id}`} className="text-sky-800 hover:underline">
                  {new Date(record.createdAt).toLocaleString()}
                </Link>
              </td>
              <td className="py-1 pr-2">{record.operatorEmail}</td>
              <td className="py-1 pr-2">
                {record.environmentName}
                {record.production && <strong className="ml-1 text-red-700">prod</strong>}
              </td>
              <td className="py-1 pr-2 font-mono">{record.fromUserId}</td>
              <td className="py-1 pr-2">
                {record.input.friendInfos.length} · {counts(record)}
              </td>
              <td className="py-1 pr-2">{STATUS_LABEL[record.status]}</td>
              <td className="py-1 pr-2 font-mono">{record.code === null ? "—" : <CodeLink code={record.code} />}</td>
              <td className="py-1 pr-2 font-mono text-xs">{record.requestId ?? "—"}</td>
              <td className="py-1 pr-2">{record.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
