import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import type { Caller } from "@/lib/auth/caller";
import { bulkChunk, bulkJob, bulkJobEvent, bulkRow } from "@/lib/db/schema";
import { setUpSimulatorAndDatabase } from "@/lib/testing/simulator-and-database";
import { emptyFriendInfo } from "@/lib/zim/send-schema";

import type { BulkRow } from "./bulk-table";
import { runChunk } from "./chunk-runner";
import { claimChunk } from "./claim-chunk";
import { queueRows } from "./queue-rows";

const caller: Caller = { id: "op-1", email: "op@example.test", name: "Op", role: "operator" };
const setup = setUpSimulatorAndDatabase(caller);

async function queueJob(userIds: string[]) {
  const rows: BulkRow[] = userIds.map((userId, index) => ({
    ...emptyFriendInfo(userId),
    rowNumber: index + 2,
    fromUserId: "agent_amy",
  }));
  const queued = await queueRows({
    caller,
    environment: setup.environment,
    reason: "T-7",
    rows,
    batchLimit: 20,
    needsApproval: false,
  });
  if (!queued.ok) throw new Error(queued.error);
  return queued.value;
}

/** What a worker does: claim and send chunks until none is ready. */
async function workUntilIdle() {
  for (let chunk = await claimChunk("worker-t"); chunk; chunk = await claimChunk("worker-t")) await runChunk(chunk);
}

const rowsOf = (jobId: string) =>
  setup.db
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

    const [finished] = await setup.db.select().from(bulkJob).where(eq(bulkJob.id, job.id));
    expect(finished?.status).toBe("finished");
    const events = await setup.db.select({ kind: bulkJobEvent.kind }).from(bulkJobEvent).where(eq(bulkJobEvent.jobId, job.id));
    expect(events.map((event) => event.kind)).toEqual(["created", "started", "finished"]);
  });

  it("puts a row ZIM rate-limited back in the queue after a back-off, alone, and sends it on the next attempt", async () => {
    await setup.setFaults({ targetSubCodes: { user_dave: 660300005 } });
    const job = await queueJob(["user_carol", "user_dave"]);
    await workUntilIdle();

    const [waiting] = await setup.db
      .select()
      .from(bulkChunk)
      .where(and(eq(bulkChunk.jobId, job.id), eq(bulkChunk.index, 0)));
    expect(waiting).toMatchObject({ status: "queued", rowNumbers: [3], attempts: 1, owner: null });
    expect(waiting?.notBefore?.getTime()).toBeGreaterThan(Date.now());
    expect((await rowsOf(job.id)).map((row) => row.outcome)).toEqual(["sent", "queued"]);

    await setup.setFaults({});
    await new Promise((resolve) => setTimeout(resolve, (waiting?.notBefore?.getTime() ?? 0) - Date.now() + 50));
    await workUntilIdle();
    expect((await rowsOf(job.id)).map((row) => row.outcome)).toEqual(["sent", "sent"]);
    const [finished] = await setup.db.select().from(bulkJob).where(eq(bulkJob.id, job.id));
    expect(finished?.status).toBe("finished");
  });
});
