import { CodeLink } from "@/components/codes/code-link";
import type { CaseVerdict } from "@/lib/qa/compare";
import type { CaseActual, ErrorItem, SuiteCase } from "@/lib/qa/suite";

export type CaseRun = { index: number; entry: SuiteCase; actual: CaseActual; verdict: CaseVerdict };

function Answer({ code, errors }: { code: number; errors: ErrorItem[] }) {
  return (
    <>
      Code <CodeLink code={code} />
      {errors.length > 0 && (
        <ul className="font-mono text-xs">
          {errors.map(({ UserId, SubCode }, index) => (
            <li key={`${UserId}-${index}`}>
              {UserId.length > 24 ? `${UserId.slice(0, 24)}…` : UserId}: <CodeLink code={SubCode} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Expected vs actual for every case run, mismatches first. */
export function SuiteResults({ runs }: { runs: CaseRun[] }) {
  const ordered = [...runs].sort((a, b) => Number(a.verdict.match) - Number(b.verdict.match) || a.index - b.index);
  const mismatches = runs.filter((run) => !run.verdict.match).length;
  return (
    <section aria-labelledby="suite-results-heading" className="space-y-2">
      <h2 id="suite-results-heading" className="text-lg font-semibold">
        Expected vs actual
      </h2>
      <p role="status" className={`text-sm font-medium ${mismatches === 0 ? "text-emerald-700" : "text-red-700"}`}>
        {runs.length - mismatches} of {runs.length} cases match; {mismatches} mismatch{mismatches === 1 ? "" : "es"}
      </p>
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-slate-600">
            {["#", "Case", "Expected", "Actual", "Result"].map((label) => (
              <th key={label} scope="col" className="py-1 pr-2">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map(({ index, entry, actual, verdict }) => (
            <tr key={index} className={`border-b border-slate-200 align-top ${verdict.match ? "" : "bg-red-50"}`}>
              <td className="py-1 pr-2 tabular-nums">{index + 1}</td>
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {entry.name}
              </th>
              <td className="py-1 pr-2">
                <Answer code={entry.expect.code} errors={entry.expect.errors} />
              </td>
              <td className="py-1 pr-2">
                {actual.status === "answered" ? (
                  <Answer code={actual.code} errors={actual.errors} />
                ) : (
                  <span className="text-red-700">{actual.message}</span>
                )}
              </td>
              <td className="py-1 pr-2">
                {verdict.match ? (
                  <span className="font-medium text-emerald-700">Match</span>
                ) : (
                  <>
                    <span className="font-medium text-red-700">Mismatch</span>
                    <ul className="text-xs text-red-800">
                      {verdict.differences.map((difference) => (
                        <li key={difference}>{difference}</li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
