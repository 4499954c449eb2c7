"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { UserLink } from "@/components/lookup/user-link";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";
import { predictionBadge } from "@/lib/preflight/labels";
import type { SendPrediction } from "@/lib/preflight/prediction";

import { useAutoCheck } from "./auto-check-setting";
import { checkBeforeSend } from "./post-check";
import { PredictionBadge } from "./prediction-badge";
import { useCheckTargets, useSettled, type CheckTargets } from "./use-check-targets";

/** Long enough that typing an ID does not check every prefix of it. */
const SETTLE_MS = 800;

export type PreflightReport = { prediction: SendPrediction; sendOnlyPredicted: boolean };

type CheckRequest = CheckTargets & { attempt: number };

function PredictionTable({ prediction }: { prediction: SendPrediction }) {
  return (
    <Table caption="Predicted outcome per target" labels={["#", "UserId", "Prediction", "What will happen"]}>
      {prediction.targets.map((target, index) => (
        <Row key={target.userId}>
          <Cell className="tabular-nums">{index + 1}</Cell>
          <RowHeader className="font-mono">
            <UserLink userId={target.userId} />
          </RowHeader>
          <Cell>
            <PredictionBadge prediction={target} />
          </Cell>
          <Cell>{target.sentence}</Cell>
        </Row>
      ))}
    </Table>
  );
}

function summarize(prediction: SendPrediction): string {
  const counts = new Map<string, number>();
  for (const target of prediction.targets) {
    const { label } = predictionBadge(target);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${count} × ${label}`).join(", ");
}

/**
 * Read-only checks of the form's targets before sending: what ZIM is predicted to answer for each,
 * from who is registered, each two-way relation and FromUserId's friend count.
 */
export function PreflightPanel({
  environmentId,
  rowCount,
  onReport,
}: {
  environmentId: string;
  rowCount: number;
  onReport: (report: PreflightReport | null) => void;
}) {
  const [auto, setAuto] = useAutoCheck();
  const targets = useCheckTargets(rowCount);
  const settled = useSettled(targets, SETTLE_MS);
  const [request, setRequest] = useState<CheckRequest | null>(null);
  const [sendOnlyPredicted, setSendOnlyPredicted] = useState(false);

  // Adjusted during render, not in an effect: a settled change of targets starts an automatic check.
  const autoTargets = auto ? settled : null;
  const [seenAutoTargets, setSeenAutoTargets] = useState(autoTargets);
  if (autoTargets !== seenAutoTargets) {
    setSeenAutoTargets(autoTargets);
    if (autoTargets && autoTargets.key !== request?.key) setRequest({ ...autoTargets, attempt: 0 });
  }

  const query = useQuery({
    queryKey: ["preflight", environmentId, request?.key, request?.attempt],
    queryFn: ({ signal }) =>
      checkBeforeSend({ environmentId, fromUserId: request?.fromUserId, userIds: request?.userIds }, signal),
    enabled: request !== null,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });

  const answer = query.data;
  const checked = answer && !isRefusal(answer) && answer.status === "checked" ? answer : undefined;
  // Predictions hold for the FromUserId they were made for; another one makes them meaningless.
  const current = checked && checked.prediction.fromUserId === targets?.fromUserId ? checked.prediction : undefined;
  useEffect(() => {
    onReport(current ? { prediction: current, sendOnlyPredicted } : null);
  }, [current, sendOnlyPredicted, onReport]);

  const predictedFailures = current?.targets.filter((target) => target.succeeds === false).length ?? 0;
  const changedSince = checked && request && targets && request.key !== targets.key;

  return (
    <section aria-labelledby="preflight-heading" className="space-y-2 rounded-lg border border-border bg-surface p-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="preflight-heading" className="font-semibold">
          Preflight
        </h2>
        <p className="text-sm text-muted">Read-only checks of who is registered, each relation and the friend count.</p>
        <label className="ml-auto flex items-center gap-1 text-sm">
          <input type="checkbox" checked={auto} onChange={(event) => setAuto(event.target.checked)} className="size-4" />
          Check automatically
        </label>
        <Button
          disabled={!targets || query.isFetching}
          onClick={() => targets && setRequest({ ...targets, attempt: (request?.attempt ?? 0) + 1 })}
        >
          {query.isFetching ? "Checking…" : "Check targets"}
        </Button>
      </div>
      <div role="status" aria-live="polite" className="text-sm">
        {!targets && !checked && <p className="text-muted">Fill FromUserId and at least one valid target to check them.</p>}
        {query.isFetching && <p>Checking {request?.userIds.length} targets…</p>}
        {answer && isRefusal(answer) && <Notice tone="error">Could not check: {describeRefusal(answer)}</Notice>}
        {answer && !isRefusal(answer) && answer.status === "incomplete" && (
          <Notice tone="error">Could not check the targets: {answer.message}. Nothing is predicted.</Notice>
        )}
        {checked && (
          <p>
            {checked.prediction.call.sentence}{" "}
            <span className="text-muted">
              Checked at <time dateTime={checked.checkedAt}>{new Date(checked.checkedAt).toLocaleTimeString()}</time>
              {changedSince && " · the targets changed since: check again"}.
            </span>
          </p>
        )}
      </div>
      {checked?.prediction.capWarning && <Notice tone="warning">{checked.prediction.capWarning}</Notice>}
      {checked && (
        <details>
          <summary className="cursor-pointer text-sm">{summarize(checked.prediction)}: show what each target will see</summary>
          <PredictionTable prediction={checked.prediction} />
        </details>
      )}
      {current && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={sendOnlyPredicted}
            onChange={(event) => setSendOnlyPredicted(event.target.checked)}
            className="size-4"
          />
          Send only targets predicted to succeed
          {predictedFailures > 0 && <span className="text-muted">({predictedFailures} predicted to fail would be left out)</span>}
        </label>
      )}
    </section>
  );
}
