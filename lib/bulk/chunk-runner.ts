import "server-only";

import { eq, sql } from "drizzle-orm";

import type { Caller } from "@/lib/auth/caller";
import { findEnvironment } from "@/lib/config/env";
import { getDb, type Executor } from "@/lib/db/client";
import { bulkJob } from "@/lib/db/schema";
import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import { sendAndRecord } from "@/lib/sending/send-friend-application";

import type { ClaimedChunk } from "./claim-chunk";
import { retryDelayMs, sortTargets, type ChunkVerdict } from "./retry-policy";

/** The submission id of one attempt at a chunk: its send record, written before the call leaves, carries it. */
export const chunkSubmissionId = ({ jobId, index, attempts }: { jobId: string; index: number; attempts: number }) =>
  `bulk:${jobId}:${index}:${attempts}`;

/** Sends one claimed chunk through the form's path and stores what each of its rows got. */
export async function runChunk(chunk: ClaimedChunk): Promise<void> {
  const byNumber = new Map(chunk.rows.map((row) => [row.rowNumber, row]));
  const ordered = chunk.rowNumbers.flatMap((rowNumber) => byNumber.get(rowNumber) ?? []);
  const { job } = chunk;
  const environment = findEnvironment(job.environmentId);
  if (!environment) {
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
    submissionId: chunkSubmissionId(chunk),
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

type RowSettlement = { rowNumber: number; outcome: "sent" | "failed" | "unknown" | "queued"; subCode: number | null };

/** Each row of the chunk with what it got; rows to retry go back to queued. */
function settlements(verdict: ChunkVerdict): RowSettlement[] {
  return [
    ...verdict.sent.map((rowNumber) => ({ rowNumber, outcome: "sent" as const, subCode: null })),
    ...verdict.failed.map(({ rowNumber, subCode }) => ({ rowNumber, outcome: "failed" as const, subCode })),
    ...(verdict.unknown ?? []).map((rowNumber) => ({ rowNumber, outcome: "unknown" as const, subCode: null })),
    ...verdict.retry.map(({ rowNumber }) => ({ rowNumber, outcome: "queued" as const, subCode: null })),
  ];
}

/**
 * Writes the rows' outcomes and the chunk's state in one statement (re-queuing the retryable rows
 * after a back-off), then finishes the job when nothing is left: few statements, as in the claim.
 */
async function settleChunk(chunk: ClaimedChunk, verdict: ChunkVerdict, outcome?: SendAnswered | SendTransportFailed) {
  const db = await getDb();
  const sendId = outcome?.sendId ?? null;
  const requestId = outcome?.status === "answered" ? outcome.result.requestId || null : null;
  const sentAt = outcome ? new Date(outcome.sentAt).toISOString() : null;
  const retryRows = verdict.retry.map((entry) => entry.rowNumber);
  const retrying = retryRows.length > 0;
  const status = retrying ? "queued" : verdict.unknown?.length ? "unknown" : "done";
  const notBefore = retrying ? new Date(Date.now() + retryDelayMs(chunk.attempts)).toISOString() : null;
  const { jobId } = chunk;
  await db.transaction(async (tx) => {
    // A row going back to the queue keeps the call it last went out in: none yet for this attempt.
    await tx.execute(sql`
      with "settled" as (
        update "bulk_row" r set
          "outcome" = s."outcome",
          "sub_code" = s."subCode",
          "send_id" = case when s."outcome" = 'queued' then r."send_id" else ${sendId} end,
          "request_id" = case when s."outcome" = 'queued' then r."request_id" else ${requestId} end,
          "sent_at" = case when s."outcome" = 'queued' then r."sent_at" else ${sentAt}::timestamptz end
        from jsonb_to_recordset(${JSON.stringify(settlements(verdict))}::jsonb)
          as s("rowNumber" int, "outcome" text, "subCode" bigint)
        where r."job_id" = ${jobId} and r."row_number" = s."rowNumber"
        returning r."row_number"
      )
      update "bulk_chunk" set
        "status" = ${status},
        "owner" = null,
        "row_numbers" = case when ${retrying} then ${JSON.stringify(retryRows)}::jsonb else "row_numbers" end,
        "not_before" = coalesce(${notBefore}::timestamptz, "not_before")
      where "job_id" = ${jobId} and "index" = ${chunk.index}`);
    await finishIfDone(tx, jobId);
  });
}

/** A running job with no chunk queued or in flight is finished. */
export async function finishIfDone(tx: Executor, jobId: string): Promise<void> {
  // Locks the job first: two chunks settling together on PostgreSQL would otherwise each still see
  // the other in flight (READ COMMITTED) and neither would finish the job. The second now waits for
  // the first to commit, and its next statement sees that chunk done.
  await tx.select({ id: bulkJob.id }).from(bulkJob).where(eq(bulkJob.id, jobId)).for("update");
  await tx.execute(sql`
    with "finished" as (
      update "bulk_job" set "status" = 'finished', "finished_at" = now()
      where "id" = ${jobId} and "status" not in ('finished', 'cancelled', 'awaiting-approval')
        and not exists (
          select 1 from "bulk_chunk" where "job_id" = ${jobId} and "status" in ('queued', 'sending')
        )
      returning "id"
    )
    insert into "bulk_job_event" ("job_id", "kind", "actor_email") select "id", 'finished', 'worker' from "finished"`);
}
