import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "@/lib/auth/caller";
import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { send, sendTarget, user } from "@/lib/db/schema";
import { TEST_ENVIRONMENT } from "@/lib/testing/test-environment";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import { emptyFriendInfo } from "@/lib/zim/send-schema";
import { sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

import { completeSend, getSend, recordPendingSend } from "./send-store";

const caller: Caller = { id: "op-1", email: "op@example.test", name: "Op", role: "operator" };
const environment = TEST_ENVIRONMENT;
const request = { method: "POST" as const, url: "http://127.0.0.1/sim/?Action=SendFriendApplication", requestBody: "{}" };
const values = (...userIds: string[]) => ({
  fromUserId: "agent_amy",
  reason: "",
  friendInfos: userIds.map((id) => emptyFriendInfo(id)),
});

let db: Database;

async function recordNew(formValues: ReturnType<typeof values>) {
  const pending = await recordPendingSend({
    submissionId: crypto.randomUUID(),
    caller,
    environment,
    values: formValues,
    request,
  });
  if (pending.kind !== "created") throw new Error(`expected a new record, got ${pending.kind}`);
  return pending;
}

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  db = await opened;
  await db.insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
  // Stands for any failure of the second write of a pair, such as a value the column cannot hold.
  await db.execute(
    sql`alter table "send_target" add constraint "refused_in_test" check ("user_id" <> 'refused_in_test' and coalesce("sub_code", 0) <> 660000099)`,
  );
}, 30_000);

describe("the send record is written whole or not at all", () => {
  it("leaves no send behind when its target rows cannot be written", async () => {
    const submissionId = crypto.randomUUID();
    await expect(
      recordPendingSend({ submissionId, caller, environment, values: values("user_alice", "refused_in_test"), request }),
    ).rejects.toThrow();
    expect(await db.select().from(send).where(eq(send.submissionId, submissionId))).toEqual([]);
  });

  it("keeps a send pending with its targets when completing it fails half-way", async () => {
    const { record } = await recordNew(values("user_alice", "user_bob"));
    // The test's constraint refuses this SubCode in the per-target write, after the send's own update.
    const response = sendFriendApplicationResponseSchema.parse({
      Code: 0,
      Message: "success",
      RequestId: "42",
      ErrorList: [{ UserId: "user_bob", SubCode: 660000099 }],
    });
    const result = decodeSendResult({ requestedUserIds: ["user_alice", "user_bob"], response });
    const call = { method: "POST" as const, url: request.url, requestBody: "{}", status: 200, responseBody: "{}", latencyMs: 3 };
    const sentTo = { id: environment.id, name: environment.name, appId: environment.appId, production: false };
    await expect(
      completeSend({
        id: record.id,
        outcome: { status: "answered", sendId: record.id, result, call, environment: sentTo, sentAt: record.createdAt },
      }),
    ).rejects.toThrow();

    const after = await getSend(record.id);
    expect(after).toMatchObject({ status: "pending", outcome: null, requestId: null });
    const targets = await db.select().from(sendTarget).where(eq(sendTarget.sendId, record.id));
    expect(targets.map(({ userId, outcome }) => [userId, outcome])).toEqual([
      ["user_alice", null],
      ["user_bob", null],
    ]);
  });

  it("completes a send and its targets together when every value fits", async () => {
    const { record } = await recordNew(values("user_carol"));
    const response = sendFriendApplicationResponseSchema.parse({ Code: 0, Message: "success", RequestId: "43", ErrorList: [] });
    const result = decodeSendResult({ requestedUserIds: ["user_carol"], response });
    const call = { method: "POST" as const, url: request.url, requestBody: "{}", status: 200, responseBody: "{}", latencyMs: 3 };
    const sentTo = { id: environment.id, name: environment.name, appId: environment.appId, production: false };
    await completeSend({
      id: record.id,
      outcome: { status: "answered", sendId: record.id, result, call, environment: sentTo, sentAt: "" },
    });
    expect(await getSend(record.id)).toMatchObject({ status: "all-sent", requestId: "43" });
    const [target] = await db.select().from(sendTarget).where(eq(sendTarget.sendId, record.id));
    expect(target).toMatchObject({ userId: "user_carol", outcome: "sent" });
  });
});

describe("an answer PostgreSQL cannot store as sent is stored all the same", () => {
  const call = { method: "POST" as const, url: request.url, requestBody: "{}", status: 200, responseBody: "{}", latencyMs: 3 };
  const sentTo = { id: environment.id, name: environment.name, appId: environment.appId, production: false };

  it.each([
    ["U+0000 in Message", { Code: 0, Message: "ok\u0000", RequestId: "1", ErrorList: [] }, true],
    [
      "U+0000 in an ErrorList UserId",
      { Code: 0, Message: "", RequestId: "2", ErrorList: [{ UserId: "user_bob\u0000", SubCode: 660000001 }] },
      true,
    ],
    ["a lone surrogate in Message", { Code: 0, Message: "\ud800", RequestId: "3", ErrorList: [] }, true],
    [
      "a SubCode above 2^31",
      { Code: 0, Message: "", RequestId: "4", ErrorList: [{ UserId: "user_bob", SubCode: 2 ** 31 + 5 }] },
      false,
    ],
  ])("%s", async (_name, answer, altered) => {
    const { record } = await recordNew(values("user_alice", "user_bob"));
    const response = sendFriendApplicationResponseSchema.parse(answer);
    const result = decodeSendResult({ requestedUserIds: ["user_alice", "user_bob"], response });
    const stored = await completeSend({
      id: record.id,
      outcome: { status: "answered", sendId: record.id, result, call, environment: sentTo, sentAt: "" },
    });
    expect(Boolean(stored.alteredForStorage)).toBe(altered);
    const after = await getSend(record.id);
    expect(after?.status).toBe(answer.ErrorList.length > 0 ? "partial" : "all-sent");
    expect(after?.requestId).toBe(answer.RequestId);
    expect(JSON.stringify(after?.outcome)).not.toMatch(/\\u0000|\\ud800/);
    if (answer.ErrorList[0]?.SubCode === 2 ** 31 + 5) {
      const rows = await db.select().from(sendTarget).where(eq(sendTarget.sendId, record.id));
      expect(rows.find((row) => row.userId === "user_bob")?.subCode).toBe(2 ** 31 + 5);
    }
  });
});

describe("a submission id answers only the send it was first used for", () => {
  it("repeats the same payload, and refuses another payload, environment or operator", async () => {
    const submissionId = crypto.randomUUID();
    const first = await recordPendingSend({ submissionId, caller, environment, values: values("user_dave"), request });
    expect(first.kind).toBe("created");
    const again = await recordPendingSend({ submissionId, caller, environment, values: values("user_dave"), request });
    expect(again).toMatchObject({ kind: "repeated", record: { submissionId } });
    for (const attempt of [
      { caller, environment, values: values("user_erin") },
      { caller, environment: { ...environment, id: "prod-sim" }, values: values("user_dave") },
      { caller: { ...caller, id: "someone-else" }, environment, values: values("user_dave") },
    ]) {
      expect(await recordPendingSend({ submissionId, request, ...attempt })).toEqual({ kind: "mismatch" });
    }
  });
});
