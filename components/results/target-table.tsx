import { CodeLink } from "@/components/codes/code-link";
import { UserLink } from "@/components/lookup/user-link";
import type { FollowUps } from "@/components/preflight/follow-up";
import { PredictionBadge } from "@/components/preflight/prediction-badge";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { useMediaQuery } from "@/components/ui/use-media-query";
import { actualOutcome, matchesPrediction } from "@/lib/preflight/compare";
import type { SendPrediction, TargetPrediction } from "@/lib/preflight/prediction";
import { explainTarget } from "@/lib/results/explain-outcome";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";

/** Tailwind's `md` breakpoint: the table from here up, cards below. */
const WIDE_SCREEN = "(min-width: 48rem)";

function outcomeClass(label: string): string {
  return `font-medium ${label === "Sent" ? "text-success" : "text-danger"}`;
}

function Predicted({ predicted, matches }: { predicted?: TargetPrediction; matches: boolean | null }) {
  if (!predicted) return <span className="text-muted">not checked</span>;
  return (
    <>
      <PredictionBadge prediction={predicted} />
      {matches === false && <strong className="block text-warning">Not as predicted</strong>}
    </>
  );
}

function SeesNow({ followUp }: { followUp?: ReturnType<FollowUps["get"]> }) {
  if (!followUp) return <span className="text-muted">—</span>;
  return (
    <>
      <strong className={followUp.state === "now-friends" ? "text-success" : ""}>{followUp.label}</strong>
      <span className="block text-xs text-muted">{followUp.sentence}</span>
    </>
  );
}

type PerUserRow = {
  target: DecodedSendResult["targets"][number];
  explanation: ReturnType<typeof explainTarget>;
  predicted?: TargetPrediction;
  matches: boolean | null;
  followUp?: ReturnType<FollowUps["get"]>;
};

type Columns = { prediction?: SendPrediction; followUps?: FollowUps };

function Retryable({ explanation }: { explanation: PerUserRow["explanation"] }) {
  return explanation.label === "Failed" && explanation.retryable && <span className="ml-1 text-muted">(retryable)</span>;
}

function PerUserTable({ rows, prediction, followUps }: { rows: PerUserRow[] } & Columns) {
  const labels = [
    "#",
    "UserId",
    "Outcome",
    ...(prediction ? ["Predicted"] : []),
    "SubCode",
    "Meaning",
    "What to do",
    ...(followUps ? ["Target sees now"] : []),
  ];
  return (
    <Table caption="Per-user result" labels={labels} className="max-md:hidden">
      {rows.map(({ target, explanation, predicted, matches, followUp }) => (
        <Row key={target.index} className={matches === false ? "bg-warning-soft" : ""}>
          <Cell className="tabular-nums">{target.index + 1}</Cell>
          <RowHeader className="font-mono">
            <UserLink userId={target.userId} />
          </RowHeader>
          <Cell className={outcomeClass(explanation.label)}>{explanation.label}</Cell>
          {prediction && (
            <Cell>
              <Predicted predicted={predicted} matches={matches} />
            </Cell>
          )}
          <Cell className="font-mono">{explanation.code === undefined ? "—" : <CodeLink code={explanation.code} />}</Cell>
          <Cell>{explanation.meaning}</Cell>
          <Cell>
            {explanation.action}
            <Retryable explanation={explanation} />
          </Cell>
          {followUps && (
            <Cell>
              <SeesNow followUp={followUp} />
            </Cell>
          )}
        </Row>
      ))}
    </Table>
  );
}

function PerUserCards({ rows, prediction }: { rows: PerUserRow[] } & Columns) {
  return (
    <ol aria-label="Per-user result" className="space-y-2 md:hidden">
      {rows.map(({ target, explanation, predicted, matches, followUp }) => (
        <li
          key={target.index}
          className={`rounded border border-divider p-2 text-sm ${matches === false ? "bg-warning-soft" : ""}`}
        >
          <p className="flex items-baseline justify-between gap-2">
            <span className="font-mono break-all">
              {target.index + 1}. <UserLink userId={target.userId} />
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
          {prediction && (
            <p className="mt-1">
              <strong>Predicted:</strong> <Predicted predicted={predicted} matches={matches} />
            </p>
          )}
          <p className="mt-1">{explanation.meaning}</p>
          <p className="mt-1">
            <strong>What to do:</strong> {explanation.action}
            <Retryable explanation={explanation} />
          </p>
          {followUp && (
            <p className="mt-1">
              <strong>Target sees now:</strong> <SeesNow followUp={followUp} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * One row per requested target, in request order, so repeated IDs stay apart. With a preflight, each
 * row shows its prediction and flags a mismatch; with a follow-up, what the target sees now. On a
 * narrow screen each target is a card instead, so "What to do" is never cut off. Only the layout the
 * screen shows is rendered once the page runs: a 20-target result is about 200 elements fewer.
 */
export function TargetTable({ result, prediction, followUps }: { result: DecodedSendResult } & Columns) {
  const wide = useMediaQuery(WIDE_SCREEN);
  const predictions = new Map(prediction?.targets.map((target) => [target.userId, target]));
  const rows = result.targets.map((target): PerUserRow => {
    const predicted = predictions.get(target.userId);
    return {
      target,
      explanation: explainTarget({ target, result }),
      predicted,
      matches: matchesPrediction(predicted, actualOutcome(target, result)),
      followUp: target.outcome === "sent" ? followUps?.get(target.userId) : undefined,
    };
  });
  return (
    <>
      {wide !== false && <PerUserTable rows={rows} prediction={prediction} followUps={followUps} />}
      {wide !== true && <PerUserCards rows={rows} prediction={prediction} />}
    </>
  );
}
