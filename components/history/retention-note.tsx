import { LocalTime } from "@/components/time/local-time";
import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { lastRetentionRun } from "@/lib/retention/apply-retention";

/** What History keeps: everything, or N days with the last clearing (ZIM_HISTORY_RETENTION_DAYS). */
export async function RetentionNote() {
  const days = getServerConfig().historyRetentionDays;
  if (days === undefined)
    return <p className="text-xs text-muted">History is kept forever (ZIM_HISTORY_RETENTION_DAYS is not set).</p>;
  const run = await lastRetentionRun(await getDb());
  return (
    <p className="text-xs text-muted">
      History keeps {days} days.{" "}
      {run ? (
        <>
          Last cleared <LocalTime value={run.ranAt.toISOString()} />: {run.sends} sends, {run.calls} QA calls and {run.jobs} bulk
          jobs from before <LocalTime value={run.cutoff.toISOString()} />.
        </>
      ) : (
        "Not cleared yet."
      )}
    </p>
  );
}
