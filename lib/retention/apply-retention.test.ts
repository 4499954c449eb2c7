import { count, eq, gte, lt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { bulkJob, bulkRow, retentionRun, send, zimCall } from "@/lib/db/schema";
import { operatorOf } from "@/lib/history-seed/cast";
import { seedHistory } from "@/lib/history-seed/write-history";

import { applyRetention, lastRetentionRun } from "./apply-retention";
import { claimScheduledRun } from "./scheduled-task";

const DAY_MS = 86_400_000;
const now = new Date("2026-11-27T12:00:00Z");
const cutoff = new Date(now.getTime() - 30 * DAY_MS);
let db: Database;

const counted = async (query: Promise<{ value: number }[]>) => (await query)[0]?.value ?? 0;

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  db = await opened;
  await seedHistory(db, { targets: 6_000, days: 90, now, seed: 11 });
  // Work still in flight, however old, must survive: a pending send and a running job.
  const operator = operatorOf(1);
  const who = {
    operatorId: operator.id,
    operatorEmail: operator.email,
    environmentId: "simulator",
    environmentName: "Simulator",
    production: false,
    appId: 1,
  };
  const longAgo = new Date(now.getTime() - 80 * DAY_MS);
  await db.insert(send).values({
    id: "old-pending",
    submissionId: "old-pending",
    ...who,
    fromUserId: "agent_amy",
    input: { fromUserId: "agent_amy", reason: "", friendInfos: [] },
    request: { method: "POST", url: "http://127.0.0.1/sim/", requestBody: "{}" },
    status: "pending",
    createdAt: longAgo,
  });
  await db
    .insert(bulkJob)
    .values({ id: "old-running", ...who, status: "running", totalRows: 0, totalChunks: 0, createdAt: longAgo });
}, 120_000);

describe("History retention", () => {
  it("removes what ended before the cut-off, keeps the rest and work in flight, and records the run", async () => {
    const newerSends = await counted(db.select({ value: count() }).from(send).where(gte(send.createdAt, cutoff)));
    const newerCalls = await counted(db.select({ value: count() }).from(zimCall).where(gte(zimCall.createdAt, cutoff)));
    const sendsBefore = await counted(db.select({ value: count() }).from(send));
    const jobsBefore = await counted(db.select({ value: count() }).from(bulkJob));

    const run = await applyRetention(db, { days: 30, now });

    expect(run.sends).toBeGreaterThan(0);
    expect(run.calls).toBeGreaterThan(0);
    expect(run.jobs).toBeGreaterThan(0);
    expect(await counted(db.select({ value: count() }).from(send))).toBe(sendsBefore - run.sends);
    expect(await counted(db.select({ value: count() }).from(bulkJob))).toBe(jobsBefore - run.jobs);
    expect(await counted(db.select({ value: count() }).from(send).where(gte(send.createdAt, cutoff)))).toBe(newerSends);
    expect(await counted(db.select({ value: count() }).from(zimCall).where(gte(zimCall.createdAt, cutoff)))).toBe(newerCalls);
    expect(await counted(db.select({ value: count() }).from(zimCall).where(lt(zimCall.createdAt, cutoff)))).toBe(0);
    // An old form send survives only while pending; an old chunk send only while its job is kept.
    const oldSendsLeft = await db
      .select({ id: send.id, status: send.status, jobId: send.jobId })
      .from(send)
      .where(lt(send.createdAt, cutoff));
    const keptJobs = new Set((await db.select({ id: bulkJob.id }).from(bulkJob)).map((job) => job.id));
    expect(oldSendsLeft.filter((row) => row.jobId === null).map((row) => row.id)).toEqual(["old-pending"]);
    expect(oldSendsLeft.every((row) => row.jobId === null || keptJobs.has(row.jobId))).toBe(true);
    expect(keptJobs.has("old-running")).toBe(true);
    // A removed job leaves no rows behind.
    const orphanRows = await counted(
      db
        .select({ value: count() })
        .from(bulkRow)
        .where(sql`not exists (select 1 from ${bulkJob} where ${bulkJob.id} = ${bulkRow.jobId})`),
    );
    expect(orphanRows).toBe(0);

    expect(await lastRetentionRun(db)).toMatchObject({ days: 30, cutoff, sends: run.sends, calls: run.calls, jobs: run.jobs });
    const again = await applyRetention(db, { days: 30, now });
    expect(again).toMatchObject({ sends: 0, calls: 0, jobs: 0 });
    expect(await counted(db.select({ value: count() }).from(retentionRun).where(eq(retentionRun.days, 30)))).toBe(2);
  });

  it("runs once a period however many processes ask together", async () => {
    const period = { name: "test-task", periodMs: 60_000 };
    const claims = await Promise.all([
      claimScheduledRun(db, period),
      claimScheduledRun(db, period),
      claimScheduledRun(db, period),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimScheduledRun(db, period)).toBe(false);
    await db.execute(sql`update scheduled_task set next_run_at = now() - interval '1 second' where name = 'test-task'`);
    expect(await claimScheduledRun(db, period)).toBe(true);
  });
});
