import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";

import type { CallContext } from "@/lib/audit/call-store";
import type { Caller } from "@/lib/auth/caller";
import { zimCall } from "@/lib/db/schema";
import { setUpSimulatorAndDatabase } from "@/lib/testing/simulator-and-database";

import { readRegistration } from "./reads";

const caller: Caller = { id: "op-r", email: "reader@example.test", name: "Reader", role: "operator" };
const setup = setUpSimulatorAndDatabase(caller);

const checkContext = (): CallContext => ({ caller, environment: setup.environment, source: "check", reason: "preflight" });

beforeEach(async () => {
  await setup.db.delete(zimCall);
});

/** The simulator answers the next `times` QueryUserInfos calls with `code` and nothing else. */
async function refuseQueryUserInfos(code: number, times: number) {
  const answerBody = JSON.stringify({ Code: code, Message: "refused", RequestId: "1", Result: [], ErrorList: [] });
  await setup.setFaults({ answerBody, remaining: times, actions: ["QueryUserInfos"] });
}

const recordedCodes = async () =>
  (
    await setup.db
      .select({ code: zimCall.code })
      .from(zimCall)
      .where(eq(zimCall.action, "QueryUserInfos"))
      .orderBy(asc(zimCall.createdAt))
  ).map(({ code }) => code);

describe("a read refused by the rate limit", () => {
  it("goes once more at its next turn, and the check gets its answer; both calls are in the audit trail", async () => {
    await refuseQueryUserInfos(660300005, 1);

    const registration = await readRegistration(checkContext(), ["user_alice", "ghost_1"]);

    expect(registration.ok).toBe(true);
    if (!registration.ok) return;
    expect(registration.value.found.has("user_alice")).toBe(true);
    expect(registration.value.unregistered.has("ghost_1")).toBe(true);
    expect(await recordedCodes()).toEqual([660300005, 0]);
  });

  it("refused again, ends the check with a sentence naming the call and the code", async () => {
    await refuseQueryUserInfos(660300005, 2);

    const registration = await readRegistration(checkContext(), ["user_alice"]);

    expect(registration).toEqual({ ok: false, error: expect.stringMatching(/^QueryUserInfos answered 660300005: /) });
    expect(await recordedCodes()).toEqual([660300005, 660300005]);
  });
});

describe("a read refused for good", () => {
  it("is not repeated", async () => {
    await refuseQueryUserInfos(660000002, 1);

    const registration = await readRegistration(checkContext(), ["user_alice"]);

    expect(registration).toEqual({ ok: false, error: expect.stringMatching(/^QueryUserInfos answered 660000002: /) });
    expect(await recordedCodes()).toEqual([660000002]);
  });
});
