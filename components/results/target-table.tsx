import { CodeLink } from "@/components/codes/code-link";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { explainTarget } from "@/lib/results/explain-outcome";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";

/** One row per requested target, in request order, so repeated IDs stay apart. */
export function TargetTable({ result }: { result: DecodedSendResult }) {
  return (
    <Table caption="Per-user result" labels={["#", "UserId", "Outcome", "SubCode", "Meaning", "What to do"]}>
      {result.targets.map((target) => {
        const explanation = explainTarget({ target: target, result: result });
        return (
          <Row key={target.index}>
            <Cell className="tabular-nums">{target.index + 1}</Cell>
            <RowHeader className="font-mono">{target.userId}</RowHeader>
            <Cell className={`font-medium ${explanation.label === "Sent" ? "text-success" : "text-danger"}`}>
              {explanation.label}
            </Cell>
            <Cell className="font-mono">{explanation.code === undefined ? "—" : <CodeLink code={explanation.code} />}</Cell>
            <Cell>{explanation.meaning}</Cell>
            <Cell>
              {explanation.action}
              {explanation.label === "Failed" && explanation.retryable && <span className="ml-1 text-muted">(retryable)</span>}
            </Cell>
          </Row>
        );
      })}
    </Table>
  );
}
