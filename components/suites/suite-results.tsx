import { CodeLink } from "@/components/codes/code-link";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
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
      <p role="status" className={`text-sm font-medium ${mismatches === 0 ? "text-success" : "text-danger"}`}>
        {runs.length - mismatches} of {runs.length} cases match; {mismatches} mismatch{mismatches === 1 ? "" : "es"}
      </p>
      <Table labels={["#", "Case", "Expected", "Actual", "Result"]}>
        {ordered.map(({ index, entry, actual, verdict }) => (
          <Row key={index} className={verdict.match ? "" : "bg-danger-soft"}>
            <Cell className="tabular-nums">{index + 1}</Cell>
            <RowHeader>{entry.name}</RowHeader>
            <Cell>
              <Answer code={entry.expect.code} errors={entry.expect.errors} />
            </Cell>
            <Cell>
              {actual.status === "answered" ? (
                <Answer code={actual.code} errors={actual.errors} />
              ) : (
                <span className="text-danger">{actual.message}</span>
              )}
            </Cell>
            <Cell>
              {verdict.match ? (
                <span className="font-medium text-success">Match</span>
              ) : (
                <>
                  <span className="font-medium text-danger">Mismatch</span>
                  <ul className="text-xs text-danger">
                    {verdict.differences.map((difference) => (
                      <li key={difference}>{difference}</li>
                    ))}
                  </ul>
                </>
              )}
            </Cell>
          </Row>
        ))}
      </Table>
    </section>
  );
}
