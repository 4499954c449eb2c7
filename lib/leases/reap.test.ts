import { spawn } from "node:child_process";
import { hostname } from "node:os";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { recordPendingSend } from "@/lib/audit/send-store";
import type { Caller } from "@/lib/auth/caller";
import { chunkSubmissionId } from "@/lib/bulk/chunk-runner";
import { claimChunk } from "@/lib/bulk/claim-chunk";
import { queueRows } from "@/lib/bulk/queue-rows";
import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { bulkChunk, bulkRow, send, serverProcess, user } from "@/lib/db/schema";
import { TEST_ENVIRONMENT } from "@/lib/testing/test-environment";
import { emptyFriendInfo } from "@/lib/zim/send-schema";

import { abandonedOwners, isRunning, LEASE_TIMEOUT_MS, stoppedOwners } from "./abandoned-owners";
import { beat } from "./heartbeat";
import { processId } from "./process-id";
import { reapAbandonedWork } from "./reap";

const caller: Caller = { id: "op-1", email: "op@example.test", name: "Op", role: "operator" };
/** No process has this pid: Linux pids stop at 2^22. */
const DEAD_PID = 2 ** 22 + 7;

let db: Database;

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  db = await opened;
  await db.insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
}, 30_000);

async function pendingSendOwnedBy(owner: string | null, submission?: { submissionId: string; jobId: string }) {
  const pending = await recordPendingSend({
    submissionId: crypto.randomUUID(),
    ...submission,
    caller,
    environment: TEST_ENVIRONMENT,
    values: { fromUserId: "agent_amy", reason: "", friendInfos: [emptyFriendInfo("user_alice")] },
    request: { method: "POST", url: "http://127.0.0.1/sim/?Action=SendFriendApplication", requestBody: "{}" },
  });
  if (pending.kind !== "created") throw new Error("expected a new send");
  await db.update(send).set({ owner }).where(eq(send.id, pending.record.id));
  return pending.record.id;
}

async function statusOf(id: string) {
  const [row] = await db.select({ status: send.status }).from(send).where(eq(send.id, id));
  return row?.status;
}

describe("leases on in-flight sends", () => {
  it("a stopped process's pending sends become unknown; a live process's stay pending", async () => {
    const now = Date.now();
    await beat(db);
    await db.insert(serverProcess).values([
      { id: "live-elsewhere", host: "other-host", pid: 1, heartbeatAt: new Date(now - 2_000) },
      { id: "silent-elsewhere", host: "other-host", pid: 1, heartbeatAt: new Date(now - LEASE_TIMEOUT_MS - 1_000) },
      { id: "killed-here", host: hostname(), pid: DEAD_PID, heartbeatAt: new Date(now - 1_000) },
    ]);
    const mine = await pendingSendOwnedBy(processId());
    const live = await pendingSendOwnedBy("live-elsewhere");
    const silent = await pendingSendOwnedBy("silent-elsewhere");
    const killed = await pendingSendOwnedBy("killed-here");
    const fromBeforeLeases = await pendingSendOwnedBy(null);

    const reaped = await reapAbandonedWork(db, now);

    expect(reaped.sort()).toEqual(["killed-here", "silent-elsewhere"]);
    expect(await statusOf(mine)).toBe("pending");
    expect(await statusOf(live)).toBe("pending");
    expect(await statusOf(silent)).toBe("unknown");
    expect(await statusOf(killed)).toBe("unknown");
    expect(await statusOf(fromBeforeLeases)).toBe("unknown");
    const left = (await db.select({ id: serverProcess.id }).from(serverProcess)).map((row) => row.id).sort();
    expect(left).toEqual([processId(), "live-elsewhere"].sort());
  });

  it("a send whose owner names no registered process is left alone until the lease timeout has passed", async () => {
    const young = await pendingSendOwnedBy("never-registered");
    await reapAbandonedWork(db);
    expect(await statusOf(young)).toBe("pending");
    await reapAbandonedWork(db, Date.now() + LEASE_TIMEOUT_MS + 1_000);
    expect(await statusOf(young)).toBe("unknown");
  });
});

describe("leases on bulk chunks in flight", () => {
  const fans = Array.from({ length: 60 }, (_, index) => ({
    rowNumber: index + 2,
    fromUserId: "agent_amy",
    userId: `fan_${index}`,
    wording: "",
    friendAlias: "",
    createTime: "",
    updateTime: "",
    attributes: [],
  }));

  async function chunkState(jobId: string, index: number) {
    const [chunk] = await db
      .select({ status: bulkChunk.status, attempts: bulkChunk.attempts, rowNumbers: bulkChunk.rowNumbers })
      .from(bulkChunk)
      .where(and(eq(bulkChunk.jobId, jobId), eq(bulkChunk.index, index)));
    const rows = await db
      .select({ outcome: bulkRow.outcome })
      .from(bulkRow)
      .where(and(eq(bulkRow.jobId, jobId), inArray(bulkRow.rowNumber, chunk?.rowNumbers ?? [])));
    return { status: chunk?.status, attempts: chunk?.attempts, rows: [...new Set(rows.map((row) => row.outcome))] };
  }

  it("a stopped process's chunk with no send record goes back to the queue; a recorded one, or a silent process's, is unknown", async () => {
    const queued = await queueRows({
      caller,
      environment: TEST_ENVIRONMENT,
      reason: "T-2",
      rows: fans,
      batchLimit: 20,
      needsApproval: false,
    });
    if (!queued.ok) throw new Error(queued.error);
    const now = Date.now();
    await db.insert(serverProcess).values([
      { id: "killed-mid-job", host: hostname(), pid: DEAD_PID, heartbeatAt: new Date(now - 1_000) },
      { id: "silent-mid-job", host: "other-host", pid: 1, heartbeatAt: new Date(now - LEASE_TIMEOUT_MS - 1_000) },
    ]);
    const beforeRecord = await claimChunk("killed-mid-job#0");
    const recorded = await claimChunk("killed-mid-job#1");
    const silent = await claimChunk("silent-mid-job#0");
    if (!beforeRecord || !recorded || !silent) throw new Error("expected three chunks");
    await pendingSendOwnedBy("killed-mid-job", { submissionId: chunkSubmissionId(recorded), jobId: queued.value.id });

    await reapAbandonedWork(db, now);

    expect(await chunkState(queued.value.id, beforeRecord.index)).toEqual({ status: "queued", attempts: 0, rows: ["queued"] });
    expect(await chunkState(queued.value.id, recorded.index)).toEqual({ status: "unknown", attempts: 1, rows: ["unknown"] });
    expect(await chunkState(queued.value.id, silent.index)).toEqual({ status: "unknown", attempts: 1, rows: ["unknown"] });
    const again = await claimChunk("live-worker#0");
    expect(again && chunkSubmissionId(again)).toBe(chunkSubmissionId(beforeRecord));
  });
});

describe("abandonedOwners", () => {
  const row = (id: string, host: string, pid: number, ageMs: number) => ({
    id,
    host,
    pid,
    heartbeatAt: new Date(1_000_000 - ageMs),
  });
  const judge = (rows: ReturnType<typeof row>[]) =>
    abandonedOwners(rows, { self: "me", host: "here", now: 1_000_000, isRunning: (pid) => pid !== 99 });

  it("never judges its own process, however old its heartbeat", () => {
    expect(judge([row("me", "here", 99, LEASE_TIMEOUT_MS * 10)])).toEqual([]);
  });

  it("judges by silence elsewhere, and by the pid on this host", () => {
    expect(
      judge([
        row("quiet", "there", 99, LEASE_TIMEOUT_MS + 1),
        row("talking", "there", 99, LEASE_TIMEOUT_MS - 1),
        row("gone", "here", 99, 10),
        row("running", "here", 5, 10),
      ]),
    ).toEqual(["quiet", "gone"]);
  });

  it("knows only a process on this host whose pid is gone to have stopped; silence elsewhere is not proof", () => {
    const rows = [row("quiet", "there", 99, LEASE_TIMEOUT_MS + 1), row("gone", "here", 99, 10), row("me", "here", 99, 10)];
    expect(stoppedOwners(rows, { self: "me", host: "here", isRunning: (pid) => pid !== 99 })).toEqual(["gone"]);
  });
});

describe("isRunning", () => {
  it("says a live process runs, and a pid no process has does not", () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(DEAD_PID)).toBe(false);
  });

  it("says a killed process that nobody has reaped yet (a zombie) does not run", () => {
    const child = spawn("sleep", ["30"], { stdio: "ignore" });
    const pid = child.pid!;
    expect(isRunning(pid)).toBe(true);
    child.kill("SIGKILL");
    // Waiting without yielding: Node reaps its children only from its event loop, so the pid stays a zombie.
    const deadline = Date.now() + 3_000;
    while (isRunning(pid) && Date.now() < deadline);
    expect(() => process.kill(pid, 0)).not.toThrow();
    expect(isRunning(pid)).toBe(false);
  });
});
