import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { CallContext } from "@/lib/audit/call-store";
import type { Caller } from "@/lib/auth/caller";
import { findEnvironment } from "@/lib/config/env";
import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { user, zimCall } from "@/lib/db/schema";
import { startStandaloneSimulator } from "@/lib/simulator/standalone";

import { readRegistration } from "./reads";

const caller: Caller = { id: "op-r", email: "reader@example.test", name: "Reader", role: "operator" };
let db: Database;
let simulator: Server;
let simulatorUrl: string;
let context: CallContext;

beforeAll(async () => {
  simulator = await startStandaloneSimulator({ port: 0, host: "127.0.0.1", controlToken: undefined });
  simulatorUrl = `http://127.0.0.1:${(simulator.address() as AddressInfo).port}`;
  process.env.ZIM_SIM_URL = simulatorUrl;
  const opened = openDatabase({});
  provideDatabase(opened);
  db = await opened;
  await db.insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
  const environment = findEnvironment("simulator");
  if (!environment) throw new Error("no simulator environment");
  context = { caller, environment, source: "check", reason: "preflight" };
}, 30_000);

afterAll(() => simulator.close());

beforeEach(async () => {
  await db.delete(zimCall);
});

/** The simulator answers the next `times` QueryUserInfos calls with `code` and nothing else. */
async function refuseQueryUserInfos(code: number, times: number) {
  const answerBody = JSON.stringify({ Code: code, Message: "refused", RequestId: "1", Result: [], ErrorList: [] });
  const response = await fetch(`${simulatorUrl}/control/faults`, {
    method: "POST",
    body: JSON.stringify({ answerBody, remaining: times, actions: ["QueryUserInfos"] }),
  });
  expect(response.ok).toBe(true);
}

const recordedCodes = async () =>
  (
    await db
      .select({ code: zimCall.code })
      .from(zimCall)
      .where(eq(zimCall.action, "QueryUserInfos"))
      .orderBy(asc(zimCall.createdAt))
  ).map(({ code }) => code);

describe("a read refused by the rate limit", () => {
  it("goes once more at its next turn, and the check gets its answer; both calls are in the audit trail", async () => {
    await refuseQueryUserInfos(660300005, 1);

    const registration = await readRegistration(context, ["user_alice", "ghost_1"]);

    expect(registration.ok).toBe(true);
    if (!registration.ok) return;
    expect(registration.value.found.has("user_alice")).toBe(true);
    expect(registration.value.unregistered.has("ghost_1")).toBe(true);
    expect(await recordedCodes()).toEqual([660300005, 0]);
  });

  it("refused again, ends the check with a sentence naming the call and the code", async () => {
    await refuseQueryUserInfos(660300005, 2);

    const registration = await readRegistration(context, ["user_alice"]);

    expect(registration).toEqual({ ok: false, error: expect.stringMatching(/^QueryUserInfos answered 660300005: /) });
    expect(await recordedCodes()).toEqual([660300005, 660300005]);
  });
});

describe("a read refused for good", () => {
  it("is not repeated", async () => {
    await refuseQueryUserInfos(660000002, 1);

    const registration = await readRegistration(context, ["user_alice"]);

    expect(registration).toEqual({ ok: false, error: expect.stringMatching(/^QueryUserInfos answered 660000002: /) });
    expect(await recordedCodes()).toEqual([660000002]);
  });
});
