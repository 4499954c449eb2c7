import { CodeLink } from "@/components/codes/code-link";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { explainTarget } from "@/lib/results/explain-outcome";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";

function outcomeClass(label: string): string {
  return `font-medium ${label === "Sent" ? "text-success" : "text-danger"}`;
}

/**
 * One row per requested target, in request order, so repeated IDs stay apart. On a narrow screen
 * each target is a card instead, so "What to do" is never cut off.
 */
export function TargetTable({ result }: { result: DecodedSendResult }) {
  const rows = result.targets.map((target) => ({ target, explanation: explainTarget({ target, result }) }));
  return (
    <>
      <Table
        caption="Per-user result"
        labels={["#", "UserId", "Outcome", "SubCode", "Meaning", "What to do"]}
        className="max-md:hidden"
      >
        {rows.map(({ target, explanation }) => (
          <Row key={target.index}>
            <Cell className="tabular-nums">{target.index + 1}</Cell>
            <RowHeader className="font-mono">{target.userId}</RowHeader>
            <Cell className={outcomeClass(explanation.label)}>{explanation.label}</Cell>
            <Cell className="font-mono">{explanation.code === undefined ? "—" : <CodeLink code={explanation.code} />}</Cell>
            <Cell>{explanation.meaning}</Cell>
            <Cell>
              {explanation.action}
              {explanation.label === "Failed" && explanation.retryable && <span className="ml-1 text-muted">(retryable)</span>}
            </Cell>
          </Row>
        ))}
      </Table>
      <ol aria-label="Per-user result" className="space-y-2 md:hidden">
        {rows.map(({ target, explanation }) => (
          <li key={target.index} className="rounded border border-divider p-2 text-sm">
            <p className="flex items-baseline justify-between gap-2">
              <span className="font-mono break-all">
                {target.index + 1}. {target.userId}
              </span>
              <span className={outcomeClass(explanation.label)}>
                {explanation.label}
                {explanation.code !== undefined && (
                  <>
                    {" "}
                    <CodeLink code={explanation.code} />
                  </>
                )}
              </span>
            </p>
            <p className="mt-1">{explanation.meaning}</p>
            <p className="mt-1">
              <strong>What to do:</strong> {explanation.action}
              {explanation.label === "Failed" && explanation.retryable && <span className="ml-1 text-muted">(retryable)</span>}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
