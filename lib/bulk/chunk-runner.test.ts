import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "@/lib/auth/caller";
import { findEnvironment } from "@/lib/config/env";
import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { bulkChunk, bulkJob, bulkJobEvent, bulkRow, user } from "@/lib/db/schema";
import { startStandaloneSimulator } from "@/lib/simulator/standalone";
import { emptyFriendInfo } from "@/lib/zim/send-schema";

import type { BulkRow } from "./bulk-table";
import { runChunk } from "./chunk-runner";
import { claimChunk } from "./claim-chunk";
import { queueRows } from "./queue-rows";

const caller: Caller = { id: "op-1", email: "op@example.test", name: "Op", role: "operator" };
let db: Database;
let simulator: Server;
let simulatorUrl: string;

beforeAll(async () => {
  simulator = await startStandaloneSimulator({ port: 0, host: "127.0.0.1", controlToken: undefined });
  simulatorUrl = `http://127.0.0.1:${(simulator.address() as AddressInfo).port}`;
  // The app's "simulator" environment calls this one, as instances do with ZIM_SIM_URL.
  process.env.ZIM_SIM_URL = simulatorUrl;
  const opened = openDatabase({});
  provideDatabase(opened);
  db = await opened;
  await db.insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
}, 30_000);

afterAll(() => simulator.close());

async function simulatorFaults(faults: unknown) {
  const response = await fetch(`${simulatorUrl}/control/faults`, { method: "POST", body: JSON.stringify(faults) });
  expect(response.ok).toBe(true);
}

async function queueJob(userIds: string[]) {
  const environment = findEnvironment("simulator");
  if (!environment) throw new Error("no simulator environment");
  const rows: BulkRow[] = userIds.map((userId, index) => ({
    ...emptyFriendInfo(userId),
    rowNumber: index + 2,
    fromUserId: "agent_amy",
  }));
  const queued = await queueRows({ caller, environment, reason: "T-7", rows, batchLimit: 20, needsApproval: false });
  if (!queued.ok) throw new Error(queued.error);
  return queued.value;
}

/** What a worker does: claim and send chunks until none is ready. */
async function workUntilIdle() {
  for (let chunk = await claimChunk("worker-t"); chunk; chunk = await claimChunk("worker-t")) await runChunk(chunk);
}

const rowsOf = (jobId: string) =>
  db
    .select({ outcome: bulkRow.outcome, subCode: bulkRow.subCode, requestId: bulkRow.requestId })
    .from(bulkRow)
    .where(eq(bulkRow.jobId, jobId))
    .orderBy(asc(bulkRow.rowNumber));

describe("sending a job's chunks", () => {
  it("stores what ZIM answered each row, and the last chunk finishes the job once", async () => {
    const ghosts = Array.from({ length: 20 }, (_, index) => `ghost_${index}`);
    const job = await queueJob(["user_alice", "friend_fred", "user_bob", ...ghosts]);
    await workUntilIdle();

    const rows = await rowsOf(job.id);
    expect(rows.slice(0, 3).map(({ outcome, subCode }) => ({ outcome, subCode }))).toEqual([
      { outcome: "sent", subCode: null },
      { outcome: "failed", subCode: 660800027 },
      { outcome: "sent", subCode: null },
    ]);
    expect(rows.slice(3).every((row) => row.outcome === "failed" && row.subCode === 660700015)).toBe(true);
    expect(rows.every((row) => row.requestId)).toBe(true);

    const [finished] = await db.select().from(bulkJob).where(eq(bulkJob.id, job.id));
    expect(finished?.status).toBe("finished");
    const events = await db.select({ kind: bulkJobEvent.kind }).from(bulkJobEvent).where(eq(bulkJobEvent.jobId, job.id));
    expect(events.map((event) => event.kind)).toEqual(["created", "started", "finished"]);
  });

  it("puts a row ZIM rate-limited back in the queue after a back-off, alone, and sends it on the next attempt", async () => {
    await simulatorFaults({ targetSubCodes: { user_dave: 660300005 } });
    const job = await queueJob(["user_carol", "user_dave"]);
    await workUntilIdle();

    const [waiting] = await db
      .select()
      .from(bulkChunk)
      .where(and(eq(bulkChunk.jobId, job.id), eq(bulkChunk.index, 0)));
    expect(waiting).toMatchObject({ status: "queued", rowNumbers: [3], attempts: 1, owner: null });
    expect(waiting?.notBefore?.getTime()).toBeGreaterThan(Date.now());
    expect((await rowsOf(job.id)).map((row) => row.outcome)).toEqual(["sent", "queued"]);

    await simulatorFaults({});
    await new Promise((resolve) => setTimeout(resolve, (waiting?.notBefore?.getTime() ?? 0) - Date.now() + 50));
    await workUntilIdle();
    expect((await rowsOf(job.id)).map((row) => row.outcome)).toEqual(["sent", "sent"]);
    const [finished] = await db.select().from(bulkJob).where(eq(bulkJob.id, job.id));
    expect(finished?.status).toBe("finished");
  });
});
