import { randomUUID } from "node:crypto";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb, openDatabase, provideDatabase } from "@/lib/db/client";
import { bulkChunk, bulkJob, bulkRow, bulkUpload, user } from "@/lib/db/schema";

import type { BulkRow } from "./bulk-table";
import { claimChunk } from "./claim-chunk";
import { createJob, getJob, getJobProgress, transitionJob } from "./job-store";
import { planChunks } from "./plan-chunks";
import { queueRows } from "./queue-rows";
import { discardUpload, STAGE_BATCH, stagedRowCount, stageRows } from "./upload-store";
import { validateRows } from "./validate-rows";

const caller: Caller = { id: "op-1", email: "op@example.test", name: "Op", role: "operator" };
const environment: Environment = {
  id: "simulator",
  name: "Sim",
  kind: "simulator",
  appId: 1,
  serverSecret: "secret-secret",
  baseUrl: "http://127.0.0.1:9/sim",
  production: false,
};

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  await (await opened).insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
}, 30_000);

const rows = (count: number): BulkRow[] =>
  Array.from({ length: count }, (_, index) => ({
    rowNumber: index + 2,
    fromUserId: index % 2 ? "agent_bo" : "agent_amy",
    userId: `user_${index}`,
    wording: "hi",
    friendAlias: "",
    createTime: "",
    updateTime: "",
    attributes: [{ key: "k0", value: "vip" }],
  }));

async function newJob(count: number) {
  const queued = await queueRows({ caller, environment, reason: "T-1", rows: rows(count), batchLimit: 20, needsApproval: false });
  if (!queued.ok) throw new Error(queued.error);
  return queued.value;
}

describe("bulk jobs in the database", () => {
  it("writes every row and chunk, and two workers claiming at once never take the same chunk", async () => {
    const job = await newJob(100);
    expect(job).toMatchObject({ status: "queued", totalRows: 100, totalChunks: 6 });
    const claims = await Promise.all(Array.from({ length: 8 }, (_, worker) => claimChunk(`worker-${worker}`)));
    const claimed = claims.filter((chunk) => chunk?.jobId === job.id);
    expect(claimed).toHaveLength(6);
    expect(new Set(claimed.map((chunk) => chunk?.index)).size).toBe(6);
    expect(claimed.flatMap((chunk) => chunk?.rowNumbers ?? []).sort((a, b) => a - b)).toEqual(
      rows(100).map((row) => row.rowNumber),
    );
    const progress = await getJobProgress({ ...job, status: "running" });
    expect(progress.counts.sending).toBe(100);
  });

  it("cancelling leaves the chunks in flight alone and marks every row not yet sent cancelled", async () => {
    const job = await newJob(60);
    const inFlight = await claimChunk("worker-a");
    expect(inFlight?.jobId).toBe(job.id);
    expect(
      await transitionJob({
        id: job.id,
        from: ["queued", "running"],
        to: "cancelled",
        event: "cancelled",
        actorEmail: caller.email,
      }),
    ).toBe(true);
    const { counts } = await getJobProgress(job);
    expect(counts).toMatchObject({ sending: 20, cancelled: 40, queued: 0 });
    expect(await claimChunk("worker-b")).toBeUndefined();
  });

  it("claims the oldest job's chunks first and each job's in order, passing a chunk that waits out a back-off", async () => {
    const db = await getDb();
    await db
      .update(bulkJob)
      .set({ status: "cancelled" })
      .where(inArray(bulkJob.status, ["queued", "running"]));
    const older = await newJob(60);
    const newer = await newJob(40);
    const indexes = async (jobId: string) =>
      (
        await db
          .select({ index: bulkChunk.index })
          .from(bulkChunk)
          .where(eq(bulkChunk.jobId, jobId))
          .orderBy(asc(bulkChunk.index))
      ).map(({ index }) => index);
    const [first, backingOff, ...rest] = await indexes(older.id);
    await db
      .update(bulkChunk)
      .set({ notBefore: new Date(Date.now() + 60_000) })
      .where(and(eq(bulkChunk.jobId, older.id), eq(bulkChunk.index, backingOff ?? -1)));
    const claimed: string[] = [];
    for (let chunk = await claimChunk("worker-a"); chunk; chunk = await claimChunk("worker-a")) {
      claimed.push(`${chunk.jobId === older.id ? "older" : "newer"} ${chunk.index}`);
    }
    expect(claimed).toEqual([
      ...[first, ...rest].map((index) => `older ${index}`),
      ...(await indexes(newer.id)).map((index) => `newer ${index}`),
    ]);
  });

  it("writes a 100,000-row job in a few seconds", async () => {
    const started = performance.now();
    const job = await newJob(100_000);
    const seconds = (performance.now() - started) / 1000;
    console.log(`100,000-row job written in ${seconds.toFixed(2)} s`);
    expect(job.totalChunks).toBe(5000);
    expect((await getJobProgress(job)).counts.queued).toBe(100_000);
  }, 60_000);
});

/** Lists with few FromUserIds and UserIds, so that groups interleave and UserIds repeat. */
const listArbitrary = fc
  .array(fc.tuple(fc.constantFrom("amy", "bo", "cy"), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 120 })
  .map((pairs): BulkRow[] =>
    pairs.map(([fromUserId, user], index) => ({ ...rows(1)[0]!, rowNumber: index + 2, fromUserId, userId: `u${user}` })),
  );

describe("a list uploaded in parts", () => {
  it("becomes the calls planChunks plans, whatever the parts, the repeats and the batch limit", async () => {
    await fc.assert(
      fc.asyncProperty(
        listArbitrary,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 50 }),
        async (list, batchLimit, partRows) => {
          const uploadId = randomUUID();
          for (let start = 0; start < list.length; start += partRows) {
            const staged = await stageRows({ uploadId, caller, rows: list.slice(start, start + partRows) });
            expect(staged.ok).toBe(true);
          }
          const created = await createJob({ caller, environment, reason: "", uploadId, batchLimit, needsApproval: false });
          const job = created.status === "created" ? created.job : undefined;
          const chunks = await (
            await getDb()
          )
            .select({ fromUserId: bulkChunk.fromUserId, rowNumbers: bulkChunk.rowNumbers })
            .from(bulkChunk)
            .where(eq(bulkChunk.jobId, job?.id ?? ""))
            .orderBy(asc(bulkChunk.index));
          expect(chunks).toEqual(planChunks(list, { batchLimit }).chunks);
          expect(job).toMatchObject({ totalRows: list.length, totalChunks: chunks.length });
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it("plans a long list with gaps in its row numbers as one list, repeats across pages included", async () => {
    // Rows left out of a list (its problems, or a retry's rows that were sent) leave gaps, one of them wide.
    const list = rows(12_001).map((row, index) => ({
      ...row,
      rowNumber: index < 12_000 ? 2 + index * 3 : 1_000_000,
      userId: `user_${index % 7_000}`,
    }));
    const uploadId = randomUUID();
    for (let start = 0; start < list.length; start += 5_000) {
      expect((await stageRows({ uploadId, caller, rows: list.slice(start, start + 5_000) })).ok).toBe(true);
    }
    const created = await createJob({ caller, environment, reason: "", uploadId, batchLimit: 20, needsApproval: false });
    const chunks = await (
      await getDb()
    )
      .select({ fromUserId: bulkChunk.fromUserId, rowNumbers: bulkChunk.rowNumbers })
      .from(bulkChunk)
      .where(eq(bulkChunk.jobId, uploadId))
      .orderBy(asc(bulkChunk.index));
    expect(created).toMatchObject({ status: "created", job: { totalRows: list.length } });
    expect(chunks).toEqual(planChunks(list, { batchLimit: 20 }).chunks);
  }, 60_000);

  it("refuses the same repeated UserIds as the browser's check, across parts, and then writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(listArbitrary, async (list) => {
        const uploadId = randomUUID();
        const half = Math.ceil(list.length / 2);
        await stageRows({ uploadId, caller, rows: list.slice(0, half) });
        await stageRows({ uploadId, caller, rows: list.slice(half) });
        const inBrowser = validateRows(list, { separateRepeats: false }).map((problem) => problem.rowNumber);
        const created = await createJob({
          caller,
          environment,
          reason: "",
          uploadId,
          batchLimit: 20,
          needsApproval: false,
          refuseRepeats: true,
        });
        if (inBrowser.length === 0) {
          expect(created.status).toBe("created");
        } else {
          expect(created).toEqual({ status: "repeats", rowNumbers: inBrowser });
          expect(await getJob(uploadId)).toBeUndefined();
          expect(await stagedRowCount(uploadId)).toBe(list.length);
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("stores a part sent twice once, refuses another operator's upload, and queues an upload once", async () => {
    const uploadId = randomUUID();
    const list = rows(30);
    await stageRows({ uploadId, caller, rows: list.slice(0, 20) });
    expect(await stageRows({ uploadId, caller, rows: list.slice(0, 20) })).toEqual({ ok: true, value: 20 });
    expect(await stageRows({ uploadId, caller: { ...caller, id: "op-2" }, rows: list.slice(20) })).toMatchObject({ ok: false });
    expect(await stageRows({ uploadId, caller, rows: list.slice(20) })).toEqual({ ok: true, value: 30 });
    const [first, second] = await Promise.all(
      [0, 1].map(() => createJob({ caller, environment, reason: "", uploadId, batchLimit: 20, needsApproval: false })),
    );
    expect([first?.status, second?.status].sort()).toEqual(["created", "gone"]);
    expect(await getJob(uploadId)).toMatchObject({ totalRows: 30, totalChunks: 2 });
    // The last part again, its answer lost: refused, and no upload is left to be discarded later.
    expect(await stageRows({ uploadId, caller, rows: list.slice(20) })).toMatchObject({ ok: false });
    expect(await (await getDb()).select().from(bulkUpload).where(eq(bulkUpload.id, uploadId))).toEqual([]);
  });

  it("completes a part sent again after only its first batch went in, without storing any row twice", async () => {
    const uploadId = randomUUID();
    const part = rows(STAGE_BATCH * 2 + 500);
    // The first transaction committed, then the server died: the browser saw no answer and sends the part again.
    await stageRows({ uploadId, caller, rows: part.slice(0, STAGE_BATCH) });
    expect(await stageRows({ uploadId, caller, rows: part })).toEqual({ ok: true, value: part.length });
    expect(await stageRows({ uploadId, caller, rows: part })).toEqual({ ok: true, value: part.length });
    const created = await createJob({ caller, environment, reason: "", uploadId, batchLimit: 20, needsApproval: false });
    expect(created).toMatchObject({ status: "created", job: { totalRows: part.length } });
    const [stored] = await (await getDb()).select({ value: count() }).from(bulkRow).where(eq(bulkRow.jobId, uploadId));
    expect(stored?.value).toBe(part.length);
  });

  it("drops an upload for its own operator only, and never the rows of a job", async () => {
    const rowsOf = async (id: string) => (await (await getDb()).select().from(bulkRow).where(eq(bulkRow.jobId, id))).length;
    const dropped = randomUUID();
    await stageRows({ uploadId: dropped, caller, rows: rows(20) });
    expect(await discardUpload({ uploadId: dropped, caller: { ...caller, id: "op-2" } })).toBe(0);
    expect(await rowsOf(dropped)).toBe(20);
    expect(await discardUpload({ uploadId: dropped, caller })).toBe(20);
    expect(await rowsOf(dropped)).toBe(0);

    const job = await newJob(30);
    expect(await discardUpload({ uploadId: job.id, caller })).toBe(0);
    expect(await rowsOf(job.id)).toBe(30);
  });
});
