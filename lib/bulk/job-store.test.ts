import { beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { openDatabase, provideDatabase } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

import type { BulkRow } from "./bulk-table";
import { claimChunk } from "./claim-chunk";
import { createJob, getJobProgress, transitionJob } from "./job-store";
import { planChunks } from "./plan-chunks";

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
  const list = rows(count);
  const { chunks } = planChunks(list, { batchLimit: 20 });
  return createJob({ caller, environment, reason: "T-1", rows: list, chunks, needsApproval: false });
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

  it("writes a 100,000-row job in a few seconds", async () => {
    const started = performance.now();
    const job = await newJob(100_000);
    const seconds = (performance.now() - started) / 1000;
    console.log(`100,000-row job written in ${seconds.toFixed(2)} s`);
    expect(job.totalChunks).toBe(5000);
    expect((await getJobProgress(job)).counts.queued).toBe(100_000);
  }, 60_000);
});
