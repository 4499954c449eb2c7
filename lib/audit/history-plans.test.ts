import { gt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { jobRowsAfter, jobRowsQueries } from "@/lib/bulk/job-store";
import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { send } from "@/lib/db/schema";
import { seedHistory, type SeedSample } from "@/lib/history-seed/write-history";

import { callPageQueries } from "./call-store";
import { parseHistoryQuery } from "./history-query";
import { sendPageQueries } from "./send-store";

/** The tables that grow with use; a plan that reads any of them whole will not answer at a million rows. */
const BIG_TABLES = ["send", "send_target", "zim_call", "zim_call_user", "bulk_row", "bulk_chunk"];

type Explainable = { toSQL(): { sql: string; params: unknown[] } };

let db: Database;
let sample: SeedSample;

async function plan(query: Explainable): Promise<string> {
  const { sql: text, params } = query.toSQL();
  const client = (
    db as unknown as { $client: { query(text: string, params: unknown[]): Promise<{ rows: Record<string, string>[] }> } }
  ).$client;
  const { rows } = await client.query(`explain ${text}`, params);
  return rows.map((row) => Object.values(row).join("")).join("\n");
}

function sequentialScans(explained: string): string[] {
  return BIG_TABLES.filter((table) => new RegExp(`Seq Scan on ${table}\\b`).test(explained));
}

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  db = await opened;
  const seeded = await seedHistory(db, { targets: 30_000, days: 90, now: new Date(), seed: 3 });
  if (!seeded.sample) throw new Error("the seeded history is empty");
  sample = seeded.sample;
  // At this size a whole read is honestly cheapest, so the planner is told to avoid one whenever an
  // index can serve: a Seq Scan left in a plan then means no index serves that query. The times at
  // a million rows are measured by `npm run bench`.
  await db.execute(sql`set enable_seqscan = off`);
}, 120_000);

const HISTORY_FILTERS: [string, () => Record<string, string>][] = [
  ["the first page", () => ({})],
  ["a target UserId", () => ({ target: sample.targetUserId })],
  ["a FromUserId", () => ({ fromUserId: sample.fromUserId })],
  ["a SubCode", () => ({ code: "660800027" })],
  ["an operator", () => ({ operator: sample.operatorEmail })],
  ["a ticket prefix", () => ({ q: sample.ticket.slice(0, 6).toLowerCase() })],
  ["a RequestId", () => ({ requestId: sample.requestId })],
  ["a status", () => ({ status: "partial" })],
  ["an older page", () => ({ before: `${Date.now() * 1000 - 86_400_000_000}~zzzz` })],
];

describe("every History query walks an index, never a whole big table", () => {
  it.each(HISTORY_FILTERS)("sends by %s", async (_, params) => {
    const queries = sendPageQueries(db, parseHistoryQuery(params()));
    expect(sequentialScans(await plan(queries.rows))).toEqual([]);
    expect(sequentialScans(await plan(queries.count))).toEqual([]);
  });

  it.each([...HISTORY_FILTERS, ["a user in the body", () => ({ target: sample.callUserId })] as const])(
    "QA calls by %s",
    async (_, params) => {
      const queries = callPageQueries(db, parseHistoryQuery(params()));
      expect(sequentialScans(await plan(queries.rows))).toEqual([]);
      expect(sequentialScans(await plan(queries.count))).toEqual([]);
    },
  );

  it("a job's rows, filtered, and its export", async () => {
    for (const filter of [
      { page: 1 },
      { page: 3, outcome: "failed" as const },
      { page: 1, outcome: "failed" as const, subCode: 660700015 },
    ]) {
      const queries = jobRowsQueries(db, sample.jobId, filter);
      expect(sequentialScans(await plan(queries.rows))).toEqual([]);
      expect(sequentialScans(await plan(queries.count))).toEqual([]);
    }
    expect(sequentialScans(await plan(jobRowsAfter(db, sample.jobId, 500)))).toEqual([]);
  });

  it("the check itself catches a sequential scan", async () => {
    expect(sequentialScans(await plan(db.select().from(send).where(gt(send.latencyMs, 5))))).toEqual(["send"]);
  });
});
