import "server-only";

import { sql } from "drizzle-orm";

import { getDb } from "@/lib/db/client";

import type { RowInput } from "./job-types";

/** A chunk a worker now owns, with what its call needs: the job's sender details and its rows' inputs. */
export type ClaimedChunk = {
  jobId: string;
  index: number;
  fromUserId: string;
  rowNumbers: number[];
  attempts: number;
  job: { environmentId: string; operatorId: string; operatorEmail: string; reason: string };
  rows: { rowNumber: number; input: RowInput }[];
};

type ClaimRow = {
  job_id: string;
  index: number;
  from_user_id: string;
  row_numbers: number[];
  attempts: number;
  environment_id: string;
  operator_id: string;
  operator_email: string;
  reason: string;
  rows: { rowNumber: number; input: RowInput }[];
};

/**
 * Claims the next chunk any process may send: of a queued or running job, not waiting out a
 * back-off, oldest job first and each job's chunks in order. Per job it reads the first entry of a
 * partial index, so a claim costs the same at the 5,000th chunk of a 100,000-row job as at the
 * first (sorting every queued chunk took 20-60 ms a claim there). SKIP LOCKED lets several
 * processes claim side by side without taking the same chunk; the chunk is `sending` and names its
 * owner before the call can leave. One statement (its rows marked sending, the job started, the
 * event recorded, and what the call needs read back): embedded PGlite runs in the server's own
 * thread, where every statement a chunk costs is time the pacer's next slot may go unused.
 */
export async function claimChunk(owner: string): Promise<ClaimedChunk | undefined> {
  const db = await getDb();
  const result = (await db.execute(sql`
    with "next" as (
      select c."job_id", c."index" from "bulk_job" j cross join lateral (
        select c."job_id", c."index" from "bulk_chunk" c
        where c."job_id" = j."id" and c."status" = 'queued' and (c."not_before" is null or c."not_before" <= now())
        order by c."index"
        limit 1
        for update skip locked
      ) c
      where j."status" in ('queued', 'running')
      order by j."created_at"
      limit 1
    ), "claimed" as (
      update "bulk_chunk" c
      set "status" = 'sending', "owner" = ${owner}, "claimed_at" = now(), "attempts" = c."attempts" + 1
      from "next" where c."job_id" = "next"."job_id" and c."index" = "next"."index"
      returning c."job_id", c."index", c."from_user_id", c."row_numbers", c."attempts"
    ), "sending" as (
      update "bulk_row" r set "outcome" = 'sending'
      from "claimed"
      where r."job_id" = "claimed"."job_id"
        and r."row_number" = any (array(select jsonb_array_elements_text("claimed"."row_numbers")::int))
      returning r."row_number", r."input"
    ), "started" as (
      update "bulk_job" j set "status" = 'running', "started_at" = now()
      from "claimed" where j."id" = "claimed"."job_id" and j."status" = 'queued'
      returning j."id"
    ), "event" as (
      insert into "bulk_job_event" ("job_id", "kind", "actor_email") select "id", 'started', 'worker' from "started"
    )
    select "claimed".*, j."environment_id", j."operator_id", j."operator_email", j."reason",
      (select coalesce(json_agg(json_build_object('rowNumber', s."row_number", 'input', s."input")), '[]'::json)
        from "sending" s) as "rows"
    from "claimed" join "bulk_job" j on j."id" = "claimed"."job_id"`)) as unknown as { rows: ClaimRow[] };
  const [row] = result.rows;
  if (!row) return undefined;
  return {
    jobId: row.job_id,
    index: Number(row.index),
    fromUserId: row.from_user_id,
    rowNumbers: row.row_numbers,
    attempts: Number(row.attempts),
    job: {
      environmentId: row.environment_id,
      operatorId: row.operator_id,
      operatorEmail: row.operator_email,
      reason: row.reason,
    },
    rows: row.rows,
  };
}
