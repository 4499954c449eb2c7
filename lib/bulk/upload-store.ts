import "server-only";

import { and, eq, inArray, lt, sql } from "drizzle-orm";

import type { Caller } from "@/lib/auth/caller";
import { getDb, runsInThisThread, type Executor } from "@/lib/db/client";
import { bulkJob, bulkRow, bulkUpload } from "@/lib/db/schema";
import { fail, ok, type Result } from "@/lib/result/result";
import { inBackgroundTurn } from "@/lib/runtime/background-work";

import type { BulkRow } from "./bulk-table";
import { MAX_JOB_ROWS } from "./create-job-schema";

/** An upload that has not become a job after this long was abandoned (a closed tab, a refused job). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** Rows per INSERT: each batch is one JSON parameter the database expands, far faster than a VALUES list. */
export const INSERT_BATCH = 2_000;

/**
 * Rows of an upload per transaction on embedded PGlite, each a background turn: PGlite holds every
 * other statement while a transaction is open, so a part written in one made interactive sends wait for all of it.
 */
export const STAGE_BATCH = 1_000;

async function discardAbandoned(db: Executor) {
  const abandoned = await db
    .delete(bulkUpload)
    .where(lt(bulkUpload.createdAt, new Date(Date.now() - ABANDONED_AFTER_MS)))
    .returning({ id: bulkUpload.id });
  if (abandoned.length === 0) return;
  const ids = abandoned.map((upload) => upload.id);
  const jobs = await db.select({ id: bulkJob.id }).from(bulkJob).where(inArray(bulkJob.id, ids));
  const unqueued = ids.filter((id) => !jobs.some((job) => job.id === id));
  if (unqueued.length > 0) await db.delete(bulkRow).where(inArray(bulkRow.jobId, unqueued));
}

/**
 * Starts an upload for the caller or finds theirs, locked until the transaction ends, and answers
 * how many rows it holds. Someone else's upload, or one already queued as a job, is refused.
 */
async function openUpload(tx: Executor, uploadId: string, caller: Caller): Promise<Result<number>> {
  const [job] = await tx.select({ id: bulkJob.id }).from(bulkJob).where(eq(bulkJob.id, uploadId));
  if (job) return fail("This list was queued already: see the jobs below.");
  const created = await tx
    .insert(bulkUpload)
    .values({ id: uploadId, operatorId: caller.id })
    .onConflictDoNothing()
    .returning({ id: bulkUpload.id });
  if (created.length > 0) await discardAbandoned(tx);
  const [upload] = await tx.select().from(bulkUpload).where(eq(bulkUpload.id, uploadId)).for("update");
  if (upload?.operatorId !== caller.id) return fail("This upload is not yours: queue the list again.");
  return ok(upload.rowCount);
}

/** Locks an upload that a part's first batch opened and answers how many rows it holds. */
async function lockUpload(tx: Executor, uploadId: string, caller: Caller): Promise<Result<number>> {
  const [upload] = await tx.select().from(bulkUpload).where(eq(bulkUpload.id, uploadId)).for("update");
  if (!upload) return fail("This list was queued already: see the jobs below.");
  if (upload.operatorId !== caller.id) return fail("This upload is not yours: queue the list again.");
  return ok(upload.rowCount);
}

export async function stagedRowCount(uploadId: string): Promise<number> {
  const db = await getDb();
  const [upload] = await db.select({ rowCount: bulkUpload.rowCount }).from(bulkUpload).where(eq(bulkUpload.id, uploadId));
  return upload?.rowCount ?? 0;
}

/** Whether a batch is in the upload already: its part's answer was lost and the browser sent it again. */
async function holdsBatch(tx: Executor, uploadId: string, batch: readonly BulkRow[]): Promise<boolean> {
  const first = batch[0]?.rowNumber;
  if (first === undefined) return false;
  const [held] = await tx
    .select({ rowNumber: bulkRow.rowNumber })
    .from(bulkRow)
    .where(and(eq(bulkRow.jobId, uploadId), eq(bulkRow.rowNumber, first)));
  return held !== undefined;
}

/** Rows of a list on their way into an upload, sent by its operator. */
export type UploadPart = { uploadId: string; caller: Caller; rows: readonly BulkRow[] };

/**
 * Adds one batch of a part and answers how many rows the upload holds; `rowsLeft` (this batch and
 * the part's later ones) is checked against the limit, so a part too big for it adds nothing.
 * (A plain INSERT, not ON CONFLICT DO NOTHING: that took a sixth longer for 100,000 rows.)
 */
async function stageBatch(
  { uploadId, caller, rows }: UploadPart,
  { rowsLeft, opening }: { rowsLeft: number; opening: boolean },
): Promise<Result<number>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const opened = opening ? await openUpload(tx, uploadId, caller) : await lockUpload(tx, uploadId, caller);
    if (!opened.ok || (await holdsBatch(tx, uploadId, rows))) return opened;
    if (opened.value + rowsLeft > MAX_JOB_ROWS) return fail(`At most ${MAX_JOB_ROWS.toLocaleString("en")} rows per job.`);
    let held = opened.value;
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const batch = rows.slice(start, start + INSERT_BATCH).map(({ rowNumber, ...input }) => ({ rowNumber, input }));
      // Both drivers (node-postgres, PGlite) answer with `rows`.
      const counted = (await tx.execute(sql`
        with "added" as (
          insert into "bulk_row" ("job_id", "row_number", "input")
          select ${uploadId}, r."rowNumber", r."input"
          from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r("rowNumber" int, "input" jsonb)
          returning 1
        )
        update "bulk_upload" set "row_count" = "row_count" + (select count(*) from "added")
        where "id" = ${uploadId}
        returning "row_count"`)) as unknown as { rows: { row_count: number | string }[] };
      held = Number(counted.rows[0]?.row_count ?? held);
    }
    return ok(held);
  });
}

/**
 * Adds checked rows to an upload, batch by batch, and answers how many it holds. A part sent again
 * after a lost answer is stored once, even if only some of its batches had gone in; a part that
 * failed half-way is never queued, since the browser queues only once every part has answered.
 */
export async function stageRows(part: UploadPart): Promise<Result<number>> {
  const { rows } = part;
  // PostgreSQL works in its own processes: a part is one transaction there, and parts go in side by side.
  if (!runsInThisThread(await getDb())) return stageBatch(part, { rowsLeft: rows.length, opening: true });
  let held: Result<number> = ok(0);
  for (let start = 0; held.ok && (start === 0 || start < rows.length); start += STAGE_BATCH) {
    const batch = rows.slice(start, start + STAGE_BATCH);
    const rowsLeft = rows.length - start;
    held = await inBackgroundTurn(() => stageBatch({ ...part, rows: batch }, { rowsLeft, opening: start === 0 }));
  }
  return held;
}

/**
 * Takes an upload for the job being written in `tx` and answers its row count; undefined when
 * another request took it first (the same list queued twice at once) or it is gone.
 */
export async function takeUpload(tx: Executor, uploadId: string, caller: Caller): Promise<number | undefined> {
  const [taken] = await tx
    .delete(bulkUpload)
    .where(and(eq(bulkUpload.id, uploadId), eq(bulkUpload.operatorId, caller.id)))
    .returning({ rowCount: bulkUpload.rowCount });
  return taken?.rowCount;
}

/**
 * Deletes the caller's upload and its rows, and answers how many rows went. An upload that became
 * a job is no longer an upload, so a job's rows are never touched.
 */
export async function discardUpload({ uploadId, caller }: Omit<UploadPart, "rows">): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [upload] = await tx
      .delete(bulkUpload)
      .where(and(eq(bulkUpload.id, uploadId), eq(bulkUpload.operatorId, caller.id)))
      .returning({ rowCount: bulkUpload.rowCount });
    if (upload) await tx.delete(bulkRow).where(eq(bulkRow.jobId, uploadId));
    return upload?.rowCount ?? 0;
  });
}
