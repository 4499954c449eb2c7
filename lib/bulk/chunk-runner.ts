import "server-only";

import { and, eq, inArray, notInArray, sql } from "drizzle-orm";

import type { Caller } from "@/lib/auth/caller";
import { findEnvironment } from "@/lib/config/env";
import { getDb, type Executor } from "@/lib/db/client";
import { bulkChunk, bulkJob, bulkRow } from "@/lib/db/schema";
import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import { sendAndRecord } from "@/lib/sending/send-friend-application";

import { recordJobEvent } from "./job-store";
import { retryDelayMs, sortTargets, type ChunkVerdict } from "./retry-policy";

export type ClaimedChunk = typeof bulkChunk.$inferSelect;

/**
 * Claims the next chunk any process may send: of a queued or running job, not waiting out a
 * back-off, oldest job first. SKIP LOCKED lets several processes claim side by side without
 * taking the same chunk; the row is `sending` and names its owner before the call can leave.
 */
export async function claimChunk(owner: string): Promise<ClaimedChunk | undefined> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const result = (await tx.execute(sql`
      select c."job_id", c."index" from "bulk_chunk" c join "bulk_job" j on j."id" = c."job_id"
      where c."status" = 'queued' and j."status" in ('queued', 'running')
        and (c."not_before" is null or c."not_before" <= now())
      order by j."created_at", c."index"
      limit 1
      for update of c skip locked`)) as { rows: { job_id: string; index: number }[] };
    const [next] = result.rows;
    if (!next) return undefined;
    const [claimed] = await tx
      .update(bulkChunk)
      .set({ status: "sending", owner, claimedAt: new Date(), attempts: sql`${bulkChunk.attempts} + 1` })
      .where(and(eq(bulkChunk.jobId, next.job_id), eq(bulkChunk.index, next.index)))
      .returning();
    if (!claimed) return undefined;
    await tx
      .update(bulkRow)
      .set({ outcome: "sending" })
      .where(and(eq(bulkRow.jobId, claimed.jobId), inArray(bulkRow.rowNumber, claimed.rowNumbers)));
    const started = await tx
      .update(bulkJob)
      .set({ status: "running", startedAt: new Date() })
      .where(and(eq(bulkJob.id, claimed.jobId), eq(bulkJob.status, "queued")))
      .returning({ id: bulkJob.id });
    if (started.length > 0) await recordJobEvent(tx, claimed.jobId, "started", "worker");
    return claimed;
  });
}

/** Sends one claimed chunk through the form's path and stores what each of its rows got. */
export async function runChunk(chunk: ClaimedChunk): Promise<void> {
  const db = await getDb();
  const [job] = await db.select().from(bulkJob).where(eq(bulkJob.id, chunk.jobId));
  const rows = await db
    .select()
    .from(bulkRow)
    .where(and(eq(bulkRow.jobId, chunk.jobId), inArray(bulkRow.rowNumber, chunk.rowNumbers)));
  const byNumber = new Map(rows.map((row) => [row.rowNumber, row]));
  const ordered = chunk.rowNumbers.flatMap((rowNumber) => byNumber.get(rowNumber) ?? []);
  const environment = job && findEnvironment(job.environmentId);
  if (!job || !environment) {
    await settleChunk(chunk, {
      sent: [],
      failed: ordered.map((row) => ({ rowNumber: row.rowNumber, subCode: null })),
      retry: [],
    });
    return;
  }
  const caller: Caller = { id: job.operatorId, email: job.operatorEmail, name: job.operatorEmail, role: "operator" };
  const outcome = await sendAndRecord({
    values: {
      fromUserId: chunk.fromUserId,
      reason: job.reason,
      friendInfos: ordered.map(({ input }) => ({
        userId: input.userId,
        wording: input.wording,
        friendAlias: input.friendAlias,
        createTime: input.createTime,
        updateTime: input.updateTime,
        attributes: input.attributes,
      })),
    },
    environment,
    caller,
    submissionId: `bulk:${chunk.jobId}:${chunk.index}:${chunk.attempts}`,
    jobId: chunk.jobId,
  });
  const sent =
    outcome.status === "answered" || outcome.status === "transport-failed"
      ? (outcome as SendAnswered | SendTransportFailed)
      : undefined;
  const verdict = sortTargets({
    rowNumbers: ordered.map((row) => row.rowNumber),
    outcome: sent,
    attempts: chunk.attempts,
  });
  await settleChunk(chunk, verdict, sent);
}

/** Writes the rows' outcomes, re-queues the retryable ones after a back-off, and finishes the job when nothing is left. */
async function settleChunk(chunk: ClaimedChunk, verdict: ChunkVerdict, outcome?: SendAnswered | SendTransportFailed) {
  const db = await getDb();
  const sendId = outcome?.sendId ?? null;
  const requestId = outcome?.status === "answered" ? outcome.result.requestId || null : null;
  const sentAt = outcome ? new Date(outcome.sentAt) : null;
  const { jobId } = chunk;
  await db.transaction(async (tx) => {
    const inChunk = (rowNumbers: number[]) => and(eq(bulkRow.jobId, jobId), inArray(bulkRow.rowNumber, rowNumbers));
    if (verdict.sent.length > 0) {
      await tx.update(bulkRow).set({ outcome: "sent", subCode: null, sendId, requestId, sentAt }).where(inChunk(verdict.sent));
    }
    for (const { rowNumber, subCode } of verdict.failed) {
      await tx
        .update(bulkRow)
        .set({ outcome: "failed", subCode, sendId, requestId, sentAt })
        .where(inChunk([rowNumber]));
    }
    if (verdict.unknown?.length) {
      await tx.update(bulkRow).set({ outcome: "unknown", sendId, requestId, sentAt }).where(inChunk(verdict.unknown));
    }
    const chunkKey = and(eq(bulkChunk.jobId, jobId), eq(bulkChunk.index, chunk.index));
    if (verdict.retry.length > 0) {
      const retryRows = verdict.retry.map((entry) => entry.rowNumber);
      await tx.update(bulkRow).set({ outcome: "queued", subCode: null }).where(inChunk(retryRows));
      await tx
        .update(bulkChunk)
        .set({
          status: "queued",
          owner: null,
          rowNumbers: retryRows,
          notBefore: new Date(Date.now() + retryDelayMs(chunk.attempts)),
        })
        .where(chunkKey);
    } else {
      await tx
        .update(bulkChunk)
        .set({ status: verdict.unknown?.length ? "unknown" : "done", owner: null })
        .where(chunkKey);
    }
    await finishIfDone(tx, jobId);
  });
}

/** A running job with no chunk queued or in flight is finished. */
export async function finishIfDone(tx: Executor, jobId: string): Promise<void> {
  // Locks the job first: two chunks settling together on PostgreSQL would otherwise each still see
  // the other in flight (READ COMMITTED) and neither would finish the job. The second now waits for
  // the first to commit and then sees its chunk done.
  await tx.select({ id: bulkJob.id }).from(bulkJob).where(eq(bulkJob.id, jobId)).for("update");
  const [left] = await tx
    .select({ index: bulkChunk.index })
    .from(bulkChunk)
    .where(and(eq(bulkChunk.jobId, jobId), inArray(bulkChunk.status, ["queued", "sending"])))
    .limit(1);
  if (left) return;
  const finished = await tx
    .update(bulkJob)
    .set({ status: "finished", finishedAt: new Date() })
    .where(and(eq(bulkJob.id, jobId), notInArray(bulkJob.status, ["finished", "cancelled", "awaiting-approval"])))
    .returning({ id: bulkJob.id });
  if (finished.length > 0) await recordJobEvent(tx, jobId, "finished", "worker");
}
