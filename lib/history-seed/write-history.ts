import { sql } from "drizzle-orm";

import type { Database } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

import { OPERATOR_COUNT, operatorOf } from "./cast";
import { generateHistory, type HistoryShape } from "./generate-history";
import type { SeedBatch } from "./seed-rows";

/** Rows per INSERT: each is one JSON parameter the database expands, far faster than VALUES lists. */
const ROWS_PER_INSERT = 5_000;

function inSlices<T>(items: readonly T[], write: (slice: readonly T[]) => Promise<unknown>) {
  const slices: (readonly T[])[] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_INSERT) slices.push(items.slice(start, start + ROWS_PER_INSERT));
  return slices.reduce<Promise<unknown>>((previous, slice) => previous.then(() => write(slice)), Promise.resolve());
}

const json = (rows: readonly unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

async function writeBatch(db: Database, batch: SeedBatch): Promise<void> {
  await db.transaction(async (tx) => {
    await inSlices(batch.jobs, (jobs) =>
      tx.execute(sql`
        insert into "bulk_job" ("id", "operator_id", "operator_email", "environment_id", "environment_name", "production", "app_id",
          "reason", "status", "total_rows", "total_chunks", "created_at", "started_at", "finished_at")
        select j."id", j."operatorId", j."operatorEmail", j."environmentId", j."environmentName", j."production", j."appId",
          j."reason", j."status", j."totalRows", j."totalChunks", j."createdAt", j."startedAt", j."finishedAt"
        from jsonb_to_recordset(${json(jobs)}) as j("id" text, "operatorId" text, "operatorEmail" text, "environmentId" text,
          "environmentName" text, "production" boolean, "appId" int, "reason" text, "status" text, "totalRows" int,
          "totalChunks" int, "createdAt" timestamptz, "startedAt" timestamptz, "finishedAt" timestamptz)`),
    );
    await inSlices(batch.sends, (sends) =>
      tx.execute(sql`
        insert into "send" ("id", "submission_id", "operator_id", "operator_email", "environment_id", "environment_name",
          "production", "app_id", "from_user_id", "reason", "input", "request", "status", "code", "codes", "request_id", "latency_ms",
          "outcome", "job_id", "created_at", "completed_at")
        select s."id", s."submissionId", s."operatorId", s."operatorEmail", s."environmentId", s."environmentName",
          s."production", s."appId", s."fromUserId", s."reason", s."input", s."request", s."status", s."code",
          array(select jsonb_array_elements_text(s."codes")::bigint), s."requestId",
          s."latencyMs", s."outcome", s."jobId", s."createdAt", s."completedAt"
        from jsonb_to_recordset(${json(sends)}) as s("id" text, "submissionId" text, "operatorId" text, "operatorEmail" text,
          "environmentId" text, "environmentName" text, "production" boolean, "appId" int, "fromUserId" text, "reason" text,
          "input" jsonb, "request" jsonb, "status" text, "code" bigint, "codes" jsonb, "requestId" text, "latencyMs" int, "outcome" jsonb,
          "jobId" text, "createdAt" timestamptz, "completedAt" timestamptz)`),
    );
    await inSlices(batch.targets, (targets) =>
      tx.execute(sql`
        insert into "send_target" ("send_id", "position", "user_id", "outcome", "sub_code")
        select t."sendId", t."position", t."userId", t."outcome", t."subCode"
        from jsonb_to_recordset(${json(targets)}) as t("sendId" text, "position" int, "userId" text, "outcome" text, "subCode" bigint)`),
    );
    await inSlices(batch.chunks, (chunks) =>
      tx.execute(sql`
        insert into "bulk_chunk" ("job_id", "index", "from_user_id", "row_numbers", "status", "attempts")
        select c."jobId", c."index", c."fromUserId", c."rowNumbers", c."status", c."attempts"
        from jsonb_to_recordset(${json(chunks)}) as c("jobId" text, "index" int, "fromUserId" text, "rowNumbers" jsonb,
          "status" text, "attempts" int)`),
    );
    await inSlices(batch.rows, (rows) =>
      tx.execute(sql`
        insert into "bulk_row" ("job_id", "row_number", "input", "outcome", "sub_code", "send_id", "request_id", "sent_at")
        select r."jobId", r."rowNumber", r."input", r."outcome", r."subCode", r."sendId", r."requestId", r."sentAt"
        from jsonb_to_recordset(${json(rows)}) as r("jobId" text, "rowNumber" int, "input" jsonb,
          "outcome" text, "subCode" bigint, "sendId" text, "requestId" text, "sentAt" timestamptz)`),
    );
    await inSlices(batch.calls, (calls) =>
      tx.execute(sql`
        insert into "zim_call" ("id", "operator_id", "operator_email", "environment_id", "environment_name", "production", "app_id",
          "source", "action", "reason", "from_user_id", "user_ids", "request", "status", "code", "request_id", "latency_ms",
          "call", "created_at", "completed_at")
        select c."id", c."operatorId", c."operatorEmail", c."environmentId", c."environmentName", c."production", c."appId",
          c."source", c."action", c."reason", c."fromUserId", c."userIds", c."request", c."status", c."code", c."requestId",
          c."latencyMs", c."call", c."createdAt", c."completedAt"
        from jsonb_to_recordset(${json(calls)}) as c("id" text, "operatorId" text, "operatorEmail" text, "environmentId" text,
          "environmentName" text, "production" boolean, "appId" int, "source" text, "action" text, "reason" text,
          "fromUserId" text, "userIds" jsonb, "request" jsonb, "status" text, "code" bigint, "requestId" text,
          "latencyMs" int, "call" jsonb, "createdAt" timestamptz, "completedAt" timestamptz)`),
    );
    const callUsers = batch.calls.flatMap((call) => call.userIds.map((userId) => ({ callId: call.id, userId })));
    await inSlices(callUsers, (rows) =>
      tx.execute(sql`
        insert into "zim_call_user" ("call_id", "user_id")
        select u."callId", u."userId" from jsonb_to_recordset(${json(rows)}) as u("callId" text, "userId" text)`),
    );
  });
}

const SEEDED_TABLES = ["send", "send_target", "zim_call", "zim_call_user", "bulk_job", "bulk_chunk", "bulk_row"];

/**
 * Drops the seeded tables' secondary indexes and answers how to build them again: a million rows
 * load several times faster into bare tables, and one CREATE INDEX beats a million index updates.
 */
async function setIndexesAside(db: Database): Promise<string[]> {
  const { rows } = (await db.execute(sql`
    select indexname, indexdef from pg_indexes
    where schemaname = 'public' and tablename in ${SEEDED_TABLES}
      and indexname not in (select conname from pg_constraint)`)) as unknown as {
    rows: { indexname: string; indexdef: string }[];
  };
  for (const { indexname } of rows) await db.execute(sql`drop index ${sql.identifier(indexname)}`);
  return rows.map((row) => row.indexdef);
}

export type SeedTotals = { sends: number; targets: number; calls: number; jobs: number; rows: number };

/** Values that exist in the seeded history, for trying (and timing) History's filters on it. */
export type SeedSample = {
  targetUserId: string;
  fromUserId: string;
  operatorEmail: string;
  ticket: string;
  requestId: string;
  jobId: string;
  callUserId: string;
};

function sampleOf(batch: SeedBatch, previous: SeedSample | undefined): SeedSample | undefined {
  const send = batch.sends.find(
    (candidate) => candidate.jobId === null && candidate.requestId && candidate.reason.startsWith("ZD-"),
  );
  const target = batch.targets.find((candidate) => candidate.sendId === send?.id);
  const job = [...batch.jobs].sort((a, b) => b.totalRows - a.totalRows)[0];
  const callUserId = batch.calls[0]?.userIds[0];
  if (!send?.requestId || !target || !job || !callUserId) return previous;
  return {
    targetUserId: target.userId,
    fromUserId: send.fromUserId,
    operatorEmail: send.operatorEmail,
    ticket: send.reason,
    requestId: send.requestId,
    jobId: job.id,
    callUserId,
  };
}

/** Writes a generated history into `db` (the operators it names first), then refreshes the planner's statistics. */
export async function seedHistory(
  db: Database,
  shape: HistoryShape,
  onProgress?: (totals: SeedTotals) => void,
): Promise<SeedTotals & { sample?: SeedSample }> {
  await db
    .insert(user)
    .values(
      Array.from({ length: OPERATOR_COUNT }, (_, index) => ({
        ...operatorOf(index),
        name: operatorOf(index).email,
        role: "operator" as const,
      })),
    )
    .onConflictDoNothing();
  const totals: SeedTotals = { sends: 0, targets: 0, calls: 0, jobs: 0, rows: 0 };
  let sample: SeedSample | undefined;
  const indexes = await setIndexesAside(db);
  try {
    for (const batch of generateHistory(shape)) {
      await writeBatch(db, batch);
      sample = sampleOf(batch, sample);
      totals.sends += batch.sends.length;
      totals.targets += batch.targets.length;
      totals.calls += batch.calls.length;
      totals.jobs += batch.jobs.length;
      totals.rows += batch.rows.length;
      onProgress?.(totals);
    }
  } finally {
    for (const definition of indexes) await db.execute(sql.raw(definition));
  }
  await db.execute(sql`analyze`);
  return { ...totals, sample };
}
