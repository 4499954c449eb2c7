import { CodeLink } from "@/components/codes/code-link";
import { explainTarget } from "@/lib/results/explain-outcome";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";

/** One row per requested target, in request order, so repeated IDs stay apart. */
export function TargetTable({ result }: { result: DecodedSendResult }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">Per-user result</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-600">
            <th scope="col" className="py-1 pr-2">
              #
            </th>
            <th scope="col" className="py-1 pr-2">
              UserId
            </th>
            <th scope="col" className="py-1 pr-2">
              Outcome
            </th>
            <th scope="col" className="py-1 pr-2">
              SubCode
            </th>
            <th scope="col" className="py-1 pr-2">
              Meaning
            </th>
            <th scope="col" className="py-1 pr-2">
              What to do
            </th>
          </tr>
        </thead>
        <tbody>
          {result.targets.map((target) => {
            const explanation = explainTarget(target, result);
            return (
              <tr key={target.index} className="border-b border-slate-200 align-top">
                <td className="py-1 pr-2 tabular-nums">{target.index + 1}</td>
                <th scope="row" className="py-1 pr-2 font-mono font-normal">
                  {target.userId}
                </th>
                <td className={`py-1 pr-2 font-medium ${explanation.label === "Sent" ? "text-emerald-700" : "text-red-700"}`}>
                  {explanation.label}
                </td>
                <td className="py-1 pr-2 font-mono">
                  {explanation.code === undefined ? "—" : <CodeLink code={explanation.code} />}
                </td>
                <td className="py-1 pr-2">{explanation.meaning}</td>
                <td className="py-1 pr-2">
                  {explanation.action}
                  {explanation.label === "Failed" && explanation.retryable && (
                    <span className="ml-1 text-slate-600">(retryable)</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
