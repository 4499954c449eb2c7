"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";

import { useEnvironment } from "@/components/layout/environment-context";
import { ProductionConfirmation } from "@/components/send-form/production-confirmation";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";
import { estimatedSeconds, planChunks } from "@/lib/bulk/plan-chunks";

import { EMPTY_DRAFT } from "./bulk-draft";
import { ListInput } from "./list-input";
import { PreviewTable } from "./preview-table";
import { ProblemRowsButton } from "./problem-rows-link";
import { useBulkDraft } from "./use-bulk-draft";
import { useCheckedList } from "./use-checked-list";
import { useListUpload } from "./use-list-upload";

function formatDuration(seconds: number): string {
  if (seconds < 90) return `about ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `about ${minutes} min` : `about ${(minutes / 60).toFixed(1)} h`;
}

/** Upload or paste a list, see every row checked and the plan, and queue it as a job. */
export function BulkComposer({
  batchLimit,
  bulkCallsPerSecond,
  approvalThreshold,
  isAdmin,
}: {
  batchLimit: number;
  bulkCallsPerSecond: number;
  approvalThreshold: number;
  isAdmin: boolean;
}) {
  const router = useRouter();
  const { draft, update, loaded, saveFailed } = useBulkDraft();
  const checked = useCheckedList(draft);
  const { selected: environment } = useEnvironment();
  const [confirmation, setConfirmation] = useState("");
  const [problem, setProblem] = useState<string>();
  const [creating, setCreating] = useState(false);

  const goodRows = useMemo(
    () => checked.table.rows.filter((row) => !checked.problems.has(row.rowNumber)),
    [checked.table.rows, checked.problems],
  );
  const plan = useMemo(() => planChunks(goodRows, { batchLimit }), [goodRows, batchLimit]);
  const badRows = checked.table.rows.length - goodRows.length;
  const needsApproval = environment.production && goodRows.length > approvalThreshold;
  const mayQueue = !checked.checking && goodRows.length > 0 && (!environment.production || isAdmin);
  const upload = useListUpload(goodRows, { enabled: mayQueue });

  async function create() {
    setProblem(undefined);
    setCreating(true);
    try {
      const answer = await upload.queue({
        environmentId: environment.id,
        confirmation,
        reason: draft.reason,
        separateRepeats: draft.separateRepeats,
      });
      if (isRefusal(answer)) return setProblem(describeRefusal(answer));
      update(EMPTY_DRAFT);
      router.push(`/bulk/${answer.jobId}`);
    } catch {
      setProblem("The server could not be reached. Your list is still here: try again.");
    } finally {
      setCreating(false);
    }
  }

  return (
    <section aria-labelledby="new-job-heading">
      <h2 id="new-job-heading" className="mb-2 text-lg font-semibold">
        New job
      </h2>
      {!loaded ? (
        <p className="text-sm text-muted">Loading your draft…</p>
      ) : (
        <ListInput text={draft.text} fileName={draft.fileName} onChange={update} />
      )}
      {saveFailed && (
        <Notice tone="warning" className="mt-2">
          This browser would not keep a draft of the list: it will be lost on reload.
        </Notice>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div>
          <Label htmlFor="bulk-from-all">FromUserId for all rows</Label>
          <Input
            id="bulk-from-all"
            value={draft.fromUserIdForAll}
            onChange={(event) => update({ fromUserIdForAll: event.target.value })}
            aria-describedby="bulk-from-all-hint"
            className="mt-1 block w-56 font-mono"
          />
          <p id="bulk-from-all-hint" className="mt-1 text-xs text-muted">
            Used where a row has no FromUserId.
          </p>
        </div>
        <div>
          <Label htmlFor="bulk-reason">Reason or ticket</Label>
          <Input
            id="bulk-reason"
            value={draft.reason}
            onChange={(event) => update({ reason: event.target.value })}
            className="mt-1 block w-72"
          />
        </div>
        <label className="flex items-center gap-1 pb-6 text-sm">
          <input
            type="checkbox"
            checked={draft.separateRepeats}
            onChange={(event) => update({ separateRepeats: event.target.checked })}
          />
          Send a repeated UserId for one FromUserId in separate calls
        </label>
      </div>

      {checked.table.problem && (
        <Notice tone="error" role="alert" className="mt-3">
          {checked.table.problem}
        </Notice>
      )}
      {checked.table.unknownColumns.length > 0 && (
        <Notice tone="warning" className="mt-3">
          Columns not sent (no such field): {checked.table.unknownColumns.join(", ")}. Known columns: FromUserId, UserId, Wording,
          FriendAlias, CreateTime, UpdateTime, k0 to k4.
        </Notice>
      )}
      {checked.checking && (
        <p role="status" className="mt-3 text-sm text-muted">
          Checking rows…
        </p>
      )}

      {checked.table.rows.length > 0 && (
        <>
          <PreviewTable rows={checked.table.rows} problems={checked.problems} />
          <div role="status" className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            {badRows > 0 ? (
              <>
                <span className="text-danger">
                  {badRows.toLocaleString()} {badRows === 1 ? "row has" : "rows have"} problems and will be left out.
                </span>
                <ProblemRowsButton rows={checked.table.rows} problems={checked.problems} />
              </>
            ) : (
              <span>Every row passes the send form&apos;s checks.</span>
            )}
            {checked.checkedInMs !== null && <span className="text-xs text-muted">Checked in {checked.checkedInMs} ms.</span>}
          </div>

          <section aria-labelledby="plan-heading" className="mt-4 rounded border border-border p-3">
            <h2 id="plan-heading" className="text-lg font-semibold">
              Plan
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-muted">Calls</dt>
              <dd>{plan.chunks.length.toLocaleString()}</dd>
              <dt className="text-muted">Targets</dt>
              <dd>{plan.targets.toLocaleString()}</dd>
              <dt className="text-muted">FromUserIds</dt>
              <dd>{plan.fromUserIds.toLocaleString()}</dd>
              <dt className="text-muted">Estimated duration</dt>
              <dd>
                {formatDuration(estimatedSeconds(plan.chunks.length, { callsPerSecond: bulkCallsPerSecond }))} at{" "}
                {bulkCallsPerSecond.toFixed(1)} calls/s
              </dd>
              <dt className="text-muted">Environment</dt>
              <dd>
                {environment.name}
                {environment.production && " (production)"}
              </dd>
            </dl>
            {needsApproval && (
              <Notice tone="warning" className="mt-2">
                More than {approvalThreshold.toLocaleString()} targets on production: the job waits for a second admin&apos;s
                approval before it starts.
              </Notice>
            )}
            {environment.production && (
              <div className="mt-2">
                <ProductionConfirmation
                  environmentName={environment.name}
                  allowed={isAdmin}
                  value={confirmation}
                  onChange={setConfirmation}
                  asking="the number of targets"
                />
              </div>
            )}
            {problem && (
              <Notice tone="error" role="alert" className="mt-2">
                {problem}
              </Notice>
            )}
            <Button variant="primary" className="mt-3" disabled={creating || !mayQueue} onClick={() => void create()}>
              {creating ? "Queuing…" : `Queue ${goodRows.length.toLocaleString()} targets`}
            </Button>
            {upload.rowsUp > 0 && (
              <p role="status" className="mt-1 text-sm text-muted">
                {creating ? "Sending the list" : "Sent ahead while you read the plan"}: {upload.rowsUp.toLocaleString()} of{" "}
                {goodRows.length.toLocaleString()} rows up.
              </p>
            )}
          </section>
        </>
      )}
    </section>
  );
}
