import { and, desc, eq, inArray, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

import type { Database } from "@/lib/db/client";
import { bulkJob, bulkRow, retentionRun, send, zimCall } from "@/lib/db/schema";
import { processId } from "@/lib/leases/process-id";

const DAY_MS = 86_400_000;
/** Rows per DELETE: small enough that no statement holds the tables long while others write. */
const DELETE_BATCH = 2_000;

/** Deletes the rows `where` picks, a batch at a time; answers how many went. */
async function deleteInBatches(db: Database, table: PgTable & { id: PgColumn }, where: SQL | undefined): Promise<number> {
  let deleted = 0;
  for (;;) {
    const batch = db.select({ id: table.id }).from(table).where(where).limit(DELETE_BATCH);
    const gone = await db.delete(table).where(inArray(table.id, batch)).returning({ id: table.id });
    deleted += gone.length;
    if (gone.length < DELETE_BATCH) return deleted;
  }
}

/** A job's rows, a batch at a time: they have no foreign key to go with the job (lib/db/schema.ts). */
async function deleteJobRows(db: Database, jobId: string): Promise<void> {
  for (;;) {
    const batch = db.select({ rowNumber: bulkRow.rowNumber }).from(bulkRow).where(eq(bulkRow.jobId, jobId)).limit(DELETE_BATCH);
    const gone = await db
      .delete(bulkRow)
      .where(and(eq(bulkRow.jobId, jobId), inArray(bulkRow.rowNumber, batch)))
      .returning({ rowNumber: bulkRow.rowNumber });
    if (gone.length < DELETE_BATCH) return;
  }
}

/** Ended jobs whose chunk sends are gone: each job's rows, then the job with its chunks and events. */
async function deleteJobs(db: Database, where: SQL | undefined): Promise<number> {
  const jobs = await db.select({ id: bulkJob.id }).from(bulkJob).where(where);
  for (const { id } of jobs) {
    await deleteJobRows(db, id);
    await db.delete(bulkJob).where(eq(bulkJob.id, id));
  }
  return jobs.length;
}

export type RetentionRun = typeof retentionRun.$inferSelect;

/**
 * Clears History older than `days`: form sends, QA calls, and bulk jobs that ended before the
 * cut-off with their chunk sends and rows. Work still in flight (a pending send or call, a job not
 * finished or cancelled) is kept whatever its age. Each run is recorded, even when nothing went.
 */
export async function applyRetention(
  db: Database,
  { days, now = new Date() }: { days: number; now?: Date },
): Promise<RetentionRun> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const oldJobs = and(
    inArray(bulkJob.status, ["finished", "cancelled"]),
    lt(sql`coalesce(${bulkJob.finishedAt}, ${bulkJob.createdAt})`, cutoff),
  );
  const endedJobIds = db.select({ id: bulkJob.id }).from(bulkJob).where(oldJobs);
  const chunkSends = await deleteInBatches(db, send, and(inArray(send.jobId, endedJobIds), ne(send.status, "pending")));
  const jobs = await deleteJobs(db, and(oldJobs, sql`not exists (select 1 from ${send} where ${send.jobId} = ${bulkJob.id})`));
  const formSends = await deleteInBatches(
    db,
    send,
    and(lt(send.createdAt, cutoff), isNull(send.jobId), ne(send.status, "pending")),
  );
  const sends = chunkSends + formSends;
  const calls = await deleteInBatches(db, zimCall, and(lt(zimCall.createdAt, cutoff), ne(zimCall.status, "pending")));
  const [run] = await db.insert(retentionRun).values({ days, cutoff, sends, calls, jobs, process: processId() }).returning();
  if (!run) throw new Error("The retention run was not recorded.");
  return run;
}

/** The latest run, for History's note on what it keeps. */
export async function lastRetentionRun(db: Database): Promise<RetentionRun | undefined> {
  const [run] = await db.select().from(retentionRun).orderBy(desc(retentionRun.id)).limit(1);
  return run;
}
