import "server-only";

import { hostname } from "node:os";
import { and, eq, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";

import { chunkSubmissionId, finishIfDone } from "@/lib/bulk/chunk-runner";
import { recordJobEvent } from "@/lib/bulk/job-store";
import type { Database } from "@/lib/db/client";
import { bulkChunk, bulkRow, send, serverProcess, zimCall } from "@/lib/db/schema";

import { abandonedOwners, isRunning, LEASE_TIMEOUT_MS, stoppedOwners } from "./abandoned-owners";
import { processId } from "./process-id";

/** Work whose owner is abandoned, or names no process at all (written before leases, or its process row is gone). */
function ownedBy<T extends typeof send | typeof zimCall>(table: T, owners: readonly string[], before: Date) {
  const known = sql`(select ${serverProcess.id} from ${serverProcess})`;
  return or(
    owners.length > 0 ? inArray(table.owner, [...owners]) : sql`false`,
    isNull(table.owner),
    and(notInArray(table.owner, known), lt(table.createdAt, before)),
  );
}

/**
 * A chunk left in flight is "outcome unknown", unless its process is known to have stopped before
 * recording the attempt: the send record is written before the call leaves, so that chunk never
 * left, and it goes back to the queue as if never claimed. A process that is only silent may still
 * record and send it, so its chunks stay unknown.
 */
async function reapChunks(db: Database, owners: readonly string[], stopped: readonly string[]): Promise<void> {
  if (owners.length === 0) return;
  const inFlight = await db
    .select({ jobId: bulkChunk.jobId, index: bulkChunk.index, attempts: bulkChunk.attempts, owner: bulkChunk.owner })
    .from(bulkChunk)
    .where(and(eq(bulkChunk.status, "sending"), inArray(sql`split_part(${bulkChunk.owner}, '#', 1)`, [...owners])));
  if (inFlight.length === 0) return;
  const recorded = await db
    .select({ submissionId: send.submissionId })
    .from(send)
    .where(inArray(send.submissionId, inFlight.map(chunkSubmissionId)));
  const attempted = new Set(recorded.map((row) => row.submissionId));
  const interrupted = new Set<string>();
  for (const { jobId, index, attempts, owner } of inFlight) {
    const neverLeft =
      stopped.includes(owner?.split("#")[0] ?? "") && !attempted.has(chunkSubmissionId({ jobId, index, attempts }));
    await db.transaction(async (tx) => {
      // The same claim only: another process may have reaped it first, and a live worker claimed it since.
      const sameClaim = and(
        eq(bulkChunk.jobId, jobId),
        eq(bulkChunk.index, index),
        eq(bulkChunk.status, "sending"),
        eq(bulkChunk.owner, owner ?? ""),
        eq(bulkChunk.attempts, attempts),
      );
      const [taken] = await tx
        .update(bulkChunk)
        .set(neverLeft ? { status: "queued", owner: null, attempts: attempts - 1 } : { status: "unknown", owner: null })
        .where(sameClaim)
        .returning({ rowNumbers: bulkChunk.rowNumbers });
      if (!taken) return;
      interrupted.add(jobId);
      await tx
        .update(bulkRow)
        .set({ outcome: neverLeft ? "queued" : "unknown" })
        .where(and(eq(bulkRow.jobId, jobId), inArray(bulkRow.rowNumber, taken.rowNumbers), eq(bulkRow.outcome, "sending")));
    });
  }
  for (const jobId of interrupted) {
    await recordJobEvent(db, jobId, "interrupted", "worker");
    await finishIfDone(db, jobId);
  }
}

/**
 * Marks "outcome unknown" what a stopped process left in flight (sends, QA and check calls, bulk
 * chunks, never re-sent by the app; a chunk that provably never left is queued again), then
 * forgets that process. Any process may run it; a live process's work is never touched.
 */
export async function reapAbandonedWork(db: Database, now = Date.now()): Promise<string[]> {
  const processes = await db.select().from(serverProcess);
  const seenFrom = { self: processId(), host: hostname(), now, isRunning };
  const owners = abandonedOwners(processes, seenFrom);
  const before = new Date(now - LEASE_TIMEOUT_MS);
  await db
    .update(send)
    .set({ status: "unknown", owner: null })
    .where(and(eq(send.status, "pending"), ownedBy(send, owners, before)));
  await db
    .update(zimCall)
    .set({ status: "unknown", owner: null })
    .where(and(eq(zimCall.status, "pending"), ownedBy(zimCall, owners, before)));
  await reapChunks(db, owners, stoppedOwners(processes, seenFrom));
  if (owners.length > 0) await db.delete(serverProcess).where(inArray(serverProcess.id, owners));
  return owners;
}
