import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { getDb } from "@/lib/db/client";
import { bulkChunk, bulkRow } from "@/lib/db/schema";
import { processId, workerOwner } from "@/lib/leases/process-id";

import { finishIfDone, runChunk } from "./chunk-runner";
import { claimChunk, type ClaimedChunk } from "./claim-chunk";

/** Chunks one process sends at once: enough to keep the pace while a call is out, few enough to stay lean. */
const CONCURRENCY = 4;
/** How often an idle worker looks for chunks that another process queued; this process's own jobs wake it at once. */
const IDLE_POLL_MS = 1000;
const ERROR_PAUSE_MS = 250;

const GLOBAL_KEY = Symbol.for("zim-friend-console.bulk-workers");
const WAKE_KEY = Symbol.for("zim-friend-console.bulk-workers.wake");
// On globalThis: instrumentation and the server actions are bundled apart, and must share one set of sleepers.
type WithWorkers = typeof globalThis & { [GLOBAL_KEY]?: string; [WAKE_KEY]?: Set<() => void> };

const sleepers = () => ((globalThis as WithWorkers)[WAKE_KEY] ??= new Set());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the idle poll, or until this process queues or resumes a job. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      sleepers().delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, IDLE_POLL_MS);
    sleepers().add(wake);
  });
}

/** Tells this process's idle workers there may be chunks to claim. */
export function wakeBulkWorkers(): void {
  for (const wake of [...sleepers()]) wake();
}

/** A chunk whose run threw (the database went away mid-way): its rows may have gone out, so they are unknown. */
async function giveUp(chunk: ClaimedChunk): Promise<void> {
  const db = await getDb();
  await db
    .update(bulkChunk)
    .set({ status: "unknown", owner: null })
    .where(and(eq(bulkChunk.jobId, chunk.jobId), eq(bulkChunk.index, chunk.index)));
  await db
    .update(bulkRow)
    .set({ outcome: "unknown" })
    .where(and(eq(bulkRow.jobId, chunk.jobId), inArray(bulkRow.rowNumber, chunk.rowNumbers), eq(bulkRow.outcome, "sending")));
  await finishIfDone(db, chunk.jobId);
}

/** Set when the process is asked to stop: no new chunk is claimed, the ones in flight finish if they can. */
let stopping = false;

async function workLoop(owner: string): Promise<void> {
  while (!stopping) {
    let chunk: ClaimedChunk | undefined;
    try {
      chunk = await claimChunk(owner);
      if (chunk) await runChunk(chunk);
      else await idle();
    } catch (error) {
      console.error(`Bulk worker ${owner} failed on a chunk: ${error instanceof Error ? error.name : typeof error}`);
      if (chunk) await giveUp(chunk).catch(() => undefined);
      await sleep(ERROR_PAUSE_MS);
    }
  }
}

/** Starts this process's bulk workers once; what a stopped process left in flight is reaped by lib/leases. */
export function startBulkWorkers(): void {
  const holder = globalThis as WithWorkers;
  if (holder[GLOBAL_KEY]) return;
  holder[GLOBAL_KEY] = processId();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      stopping = true;
      wakeBulkWorkers();
    });
  }
  for (let index = 0; index < CONCURRENCY; index += 1) void workLoop(workerOwner(index));
}
