import "server-only";

import { and, asc, count, desc, eq, inArray, max, min, sql } from "drizzle-orm";

import { whoAndWhere } from "@/lib/audit/who-and-where";
import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb, type Database, type Executor } from "@/lib/db/client";
import { bulkChunk, bulkJob, bulkJobEvent, bulkRow, send } from "@/lib/db/schema";

import type { BulkJobEventKind, BulkJobStatus, RowOutcome } from "./job-types";
import { planChunks, type PlannedChunk, type PlanRow } from "./plan-chunks";
import { INSERT_BATCH, takeUpload } from "./upload-store";

export type BulkJob = typeof bulkJob.$inferSelect;

/** Row numbers read per statement when planning: PGlite keeps the WebAssembly memory a statement touches. */
const PLAN_PAGE_ROWS = 5000;

/**
 * What planning needs of an upload's rows, in list order. One JSON text per page rather than a
 * result row per list row: PGlite's driver took 1.1 to 1.2 s to hand over 100,000 rows, their text
 * a tenth of that. Paged, because one text of 100,000 rows grew the embedded database's memory for
 * good by about 20 MB (its sort and text), 5,000 at a time by about 2 MB.
 */
async function planRows(tx: Executor, jobId: string): Promise<PlanRow[]> {
  const rows: PlanRow[] = [];
  // Pages by row number range, each naming where the next one starts: with LIMIT, on a job just
  // written (no statistics yet), the planner sorted every row after a page's start for each page.
  for (let from: number | null = 0; from !== null;) {
    const to: number = from + PLAN_PAGE_ROWS;
    // Both drivers (node-postgres, PGlite) answer with `rows`.
    const { rows: pages } = (await tx.execute(sql`
      select
        (select coalesce(json_agg(json_build_array("row_number", "input"->>'fromUserId', "input"->>'userId') order by "row_number"), '[]')::text
         from "bulk_row" where "job_id" = ${jobId} and "row_number" >= ${from} and "row_number" < ${to}) as "list",
        (select min("row_number") from "bulk_row" where "job_id" = ${jobId} and "row_number" >= ${to}) as "next"`)) as unknown as {
      rows: { list: string; next: number | null }[];
    };
    const page = JSON.parse(pages[0]?.list ?? "[]") as [number, string, string][];
    for (const [rowNumber, fromUserId, userId] of page) rows.push({ rowNumber, fromUserId, userId });
    from = pages[0]?.next ?? null;
  }
  return rows;
}

async function insertChunks(tx: Executor, jobId: string, chunks: readonly PlannedChunk[]) {
  for (let start = 0; start < chunks.length; start += INSERT_BATCH) {
    const batch = chunks.slice(start, start + INSERT_BATCH).map((chunk, offset) => ({ ...chunk, index: start + offset }));
    await tx.execute(sql`
      insert into "bulk_chunk" ("job_id", "index", "from_user_id", "row_numbers", "status")
      select ${jobId}, (c->>'index')::int, c->>'fromUserId', c->'rowNumbers', 'queued'
      from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) as c`);
  }
}

export async function recordJobEvent(db: Executor, jobId: string, kind: BulkJobEventKind, actorEmail: string) {
  await db.insert(bulkJobEvent).values({ jobId, kind, actorEmail });
}

/** Thrown to roll a job's transaction back (drizzle's own rollback error may come from another copy of it in a build). */
class RepeatsRefused extends Error {
  constructor(readonly rowNumbers: number[]) {
    super("A UserId repeats for one FromUserId.");
  }
}

export type CreatedJob =
  | { status: "created"; job: BulkJob }
  /** Rows repeating an earlier row's FromUserId and UserId, when repeats were refused: nothing was written. */
  | { status: "repeats"; rowNumbers: number[] }
  /** Another request queued the upload first. */
  | { status: "gone" };

/**
 * Turns an upload into a job with its id, and plans its calls with `planChunks` (the plan the page
 * showed), in one transaction, queued or waiting for approval; unless `refuseRepeats` and a UserId
 * repeats for one FromUserId.
 */
export async function createJob({
  caller,
  environment,
  reason,
  uploadId,
  batchLimit,
  needsApproval,
  refuseRepeats = false,
  retryOf = null,
}: {
  caller: Caller;
  environment: Environment;
  reason: string;
  uploadId: string;
  batchLimit: number;
  needsApproval: boolean;
  refuseRepeats?: boolean;
  retryOf?: string | null;
}): Promise<CreatedJob> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const totalRows = await takeUpload(tx, uploadId, caller);
      if (totalRows === undefined) return { status: "gone" } as const;
      await tx.insert(bulkJob).values({
        id: uploadId,
        ...whoAndWhere({ caller, environment }),
        reason,
        status: needsApproval ? "awaiting-approval" : "queued",
        totalRows,
        totalChunks: 0,
        retryOf,
      });
      const plan = planChunks(await planRows(tx, uploadId), { batchLimit });
      if (refuseRepeats && plan.repeats.length > 0) throw new RepeatsRefused(plan.repeats);
      await insertChunks(tx, uploadId, plan.chunks);
      const [job] = await tx.update(bulkJob).set({ totalChunks: plan.chunks.length }).where(eq(bulkJob.id, uploadId)).returning();
      await recordJobEvent(tx, uploadId, "created", caller.email);
      if (!job) throw new Error("The job was not written.");
      return { status: "created", job } as const;
    });
  } catch (error) {
    if (error instanceof RepeatsRefused) return { status: "repeats", rowNumbers: error.rowNumbers };
    throw error;
  }
}

export async function getJob(id: string): Promise<BulkJob | undefined> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const db = await getDb();
  const [job] = await db.select().from(bulkJob).where(eq(bulkJob.id, id));
  return job;
}

export type JobListEntry = BulkJob & { done: number };

/** Newest first, with how many rows each has finished. */
export async function listJobs(limit = 50): Promise<JobListEntry[]> {
  const db = await getDb();
  const jobs = await db.select().from(bulkJob).orderBy(desc(bulkJob.createdAt)).limit(limit);
  if (jobs.length === 0) return [];
  const done = await db
    .select({ jobId: bulkRow.jobId, value: count() })
    .from(bulkRow)
    .where(
      and(
        inArray(
          bulkRow.jobId,
          jobs.map((job) => job.id),
        ),
        inArray(bulkRow.outcome, ["sent", "failed", "unknown", "cancelled"]),
      ),
    )
    .groupBy(bulkRow.jobId);
  const doneOf = new Map(done.map((entry) => [entry.jobId, entry.value]));
  return jobs.map((job) => ({ ...job, done: doneOf.get(job.id) ?? 0 }));
}

export type JobProgress = {
  job: BulkJob;
  counts: Record<RowOutcome, number>;
  /** SubCodes of failed rows, with how many rows each. */
  subCodes: { subCode: number; rows: number }[];
  calls: number;
  /** Calls per second over the run so far, from the send records' times. */
  callsPerSecond: number | null;
  events: { kind: BulkJobEventKind; actorEmail: string; createdAt: Date }[];
};

export async function getJobProgress(job: BulkJob): Promise<JobProgress> {
  const db = await getDb();
  const [byOutcome, bySubCode, [calls], events] = await Promise.all([
    db
      .select({ outcome: bulkRow.outcome, value: count() })
      .from(bulkRow)
      .where(eq(bulkRow.jobId, job.id))
      .groupBy(bulkRow.outcome),
    db
      .select({ subCode: bulkRow.subCode, value: count() })
      .from(bulkRow)
      .where(and(eq(bulkRow.jobId, job.id), eq(bulkRow.outcome, "failed")))
      .groupBy(bulkRow.subCode),
    db
      .select({ value: count(), first: min(send.createdAt), last: max(send.createdAt) })
      .from(send)
      .where(eq(send.jobId, job.id)),
    db
      .select({ kind: bulkJobEvent.kind, actorEmail: bulkJobEvent.actorEmail, createdAt: bulkJobEvent.createdAt })
      .from(bulkJobEvent)
      .where(eq(bulkJobEvent.jobId, job.id))
      .orderBy(asc(bulkJobEvent.id)),
  ]);
  const counts: Record<RowOutcome, number> = { queued: 0, sending: 0, sent: 0, failed: 0, unknown: 0, cancelled: 0 };
  for (const { outcome, value } of byOutcome) counts[outcome] = value;
  const span = calls?.first && calls.last ? (calls.last.getTime() - calls.first.getTime()) / 1000 : 0;
  const callCount = calls?.value ?? 0;
  return {
    job,
    counts,
    subCodes: bySubCode.flatMap(({ subCode, value }) => (subCode === null ? [] : [{ subCode, rows: value }])),
    calls: callCount,
    callsPerSecond: callCount > 1 && span > 0 ? (callCount - 1) / span : null,
    events,
  };
}

export type JobRow = typeof bulkRow.$inferSelect;
export const ROWS_PAGE_SIZE = 100;

type RowFilter = { outcome?: RowOutcome; subCode?: number; page: number };

/** The two queries of a page of a job's rows: the rows, along the (job, row number) key, and their count. */
export function jobRowsQueries(db: Database, jobId: string, { outcome, subCode, page }: RowFilter) {
  const where = and(
    eq(bulkRow.jobId, jobId),
    outcome ? eq(bulkRow.outcome, outcome) : undefined,
    subCode !== undefined ? eq(bulkRow.subCode, subCode) : undefined,
  );
  return {
    rows: db
      .select()
      .from(bulkRow)
      .where(where)
      .orderBy(asc(bulkRow.rowNumber))
      .limit(ROWS_PAGE_SIZE)
      .offset(Math.max(0, page - 1) * ROWS_PAGE_SIZE),
    count: db.select({ value: count() }).from(bulkRow).where(where),
  };
}

/** A page of a job's rows in list order, filtered by outcome and SubCode. */
export async function listJobRows(jobId: string, filter: RowFilter): Promise<{ rows: JobRow[]; total: number }> {
  const queries = jobRowsQueries(await getDb(), jobId, filter);
  const [rows, [total]] = await Promise.all([queries.rows, queries.count]);
  return { rows, total: total?.value ?? 0 };
}

/** The export's next slice of a job's rows, after a row number. */
export const jobRowsAfter = (db: Database, jobId: string, after: number) =>
  db
    .select()
    .from(bulkRow)
    .where(and(eq(bulkRow.jobId, jobId), sql`${bulkRow.rowNumber} > ${after}`))
    .orderBy(asc(bulkRow.rowNumber))
    .limit(5000);

/** Every row of a job in list order, in pages, for exports. */
export async function* allJobRows(jobId: string): AsyncGenerator<JobRow[]> {
  const db = await getDb();
  for (let after = 0; ;) {
    const rows = await jobRowsAfter(db, jobId, after);
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)?.rowNumber ?? after;
  }
}

/** Moves a job from one of `from` to `to`; false when it was in none of them (someone else acted first). */
export async function transitionJob({
  id,
  from,
  to,
  event,
  actorEmail,
  set = {},
}: {
  id: string;
  from: readonly BulkJobStatus[];
  to: BulkJobStatus;
  event: BulkJobEventKind;
  actorEmail: string;
  set?: Partial<Pick<BulkJob, "approvedByEmail" | "finishedAt">>;
}): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const moved = await tx
      .update(bulkJob)
      .set({ status: to, ...set })
      .where(and(eq(bulkJob.id, id), inArray(bulkJob.status, [...from])))
      .returning({ id: bulkJob.id });
    if (moved.length === 0) return false;
    await recordJobEvent(tx, id, event, actorEmail);
    if (to === "cancelled") {
      await tx
        .update(bulkChunk)
        .set({ status: "cancelled" })
        .where(and(eq(bulkChunk.jobId, id), eq(bulkChunk.status, "queued")));
      await tx
        .update(bulkRow)
        .set({ outcome: "cancelled" })
        .where(and(eq(bulkRow.jobId, id), eq(bulkRow.outcome, "queued")));
    }
    return true;
  });
}
