import "server-only";

import { hostname } from "node:os";
import { and, eq, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";

import { finishIfDone } from "@/lib/bulk/chunk-runner";
import { recordJobEvent } from "@/lib/bulk/job-store";
import type { Database } from "@/lib/db/client";
import { bulkChunk, bulkRow, send, serverProcess, zimCall } from "@/lib/db/schema";

import { abandonedOwners, isRunning, LEASE_TIMEOUT_MS } from "./abandoned-owners";
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

async function reapChunks(db: Database, owners: readonly string[]): Promise<void> {
  if (owners.length === 0) return;
  const chunks = await db
    .update(bulkChunk)
    .set({ status: "unknown", owner: null })
    .where(and(eq(bulkChunk.status, "sending"), inArray(sql`split_part(${bulkChunk.owner}, '#', 1)`, [...owners])))
    .returning({ jobId: bulkChunk.jobId, rowNumbers: bulkChunk.rowNumbers });
  for (const { jobId, rowNumbers } of chunks) {
    await db
      .update(bulkRow)
      .set({ outcome: "unknown" })
      .where(and(eq(bulkRow.jobId, jobId), inArray(bulkRow.rowNumber, rowNumbers), eq(bulkRow.outcome, "sending")));
  }
  for (const jobId of new Set(chunks.map((chunk) => chunk.jobId))) {
    await recordJobEvent(db, jobId, "interrupted", "worker");
    await finishIfDone(db, jobId);
  }
}

/**
 * Marks "outcome unknown" what a stopped process left in flight (sends, QA and check calls, bulk
 * chunks, never re-sent by the app), then forgets that process. Any process may run it; a live
 * process's work is never touched.
 */
export async function reapAbandonedWork(db: Database, now = Date.now()): Promise<string[]> {
  const processes = await db.select().from(serverProcess);
  const owners = abandonedOwners(processes, { self: processId(), host: hostname(), now, isRunning });
  const before = new Date(now - LEASE_TIMEOUT_MS);
  await db
    .update(send)
    .set({ status: "unknown", owner: null })
    .where(and(eq(send.status, "pending"), ownedBy(send, owners, before)));
  await db
    .update(zimCall)
    .set({ status: "unknown", owner: null })
    .where(and(eq(zimCall.status, "pending"), ownedBy(zimCall, owners, before)));
  await reapChunks(db, owners);
  if (owners.length > 0) await db.delete(serverProcess).where(inArray(serverProcess.id, owners));
  return owners;
}
