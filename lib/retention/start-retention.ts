import "server-only";

import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";

import { applyRetention } from "./apply-retention";
import { claimScheduledRun } from "./scheduled-task";

const TASK = "history-retention";
/** One run an hour across every process; each process looks once a minute whether this hour's run is due. */
const PERIOD_MS = 3_600_000;
const LOOK_EVERY_MS = 60_000;

async function runIfDue(days: number): Promise<void> {
  const db = await getDb();
  if (!(await claimScheduledRun(db, { name: TASK, periodMs: PERIOD_MS }))) return;
  const run = await applyRetention(db, { days });
  console.log(
    `History retention (${days} days): removed ${run.sends} sends, ${run.calls} QA calls and ${run.jobs} bulk jobs from before ${run.cutoff.toISOString()}.`,
  );
}

/** Starts the retention schedule when ZIM_HISTORY_RETENTION_DAYS is set; unset keeps everything. */
export function startRetentionSchedule(): void {
  const days = getServerConfig().historyRetentionDays;
  if (days === undefined) return;
  const look = () =>
    runIfDue(days).catch((error: unknown) => {
      console.error(
        `History retention failed and will be tried again: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  void look();
  setInterval(look, LOOK_EVERY_MS).unref();
}
