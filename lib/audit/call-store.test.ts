import { beforeAll, describe, expect, it } from "vitest";

import type { Caller } from "@/lib/auth/caller";
import { openDatabase, provideDatabase } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { TEST_ENVIRONMENT } from "@/lib/testing/test-environment";

import { listCalls, logPendingCall } from "./call-store";
import { parseHistoryQuery } from "./history-query";

const caller: Caller = { id: "qa-1", email: "qa@example.test", name: "QA", role: "operator" };
const environment = TEST_ENVIRONMENT;

function prepared(action: string, body: unknown) {
  const url = `http://127.0.0.1/sim/?Action=${action}&Signature=redacted`;
  return { appId: 1, method: "POST" as const, url, redactedUrl: url, requestBody: JSON.stringify(body) };
}

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  const db = await opened;
  await db.insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
  await logPendingCall({
    context: { caller, environment, source: "as-is", reason: "ZD-4411 customer says no request" },
    prepared: prepared("SendFriendApplication", { FromUserId: "agent_amy", FriendInfos: [{ UserId: "Ghost_Gary" }] }),
  });
  await logPendingCall({
    context: { caller, environment, source: "suite" },
    prepared: prepared("QueryFriendList", { FromUserId: "qa_quinn", Limit: 10 }),
  });
}, 30_000);

const actions = async (params: Record<string, string>) =>
  (await listCalls(parseHistoryQuery(params))).rows.map((call) => call.action).sort();

describe("QA calls are found the way sends are", () => {
  it("by the start of their ticket, FromUserId or a UserId in the body, in any case", async () => {
    expect(await actions({ q: "zd-44" })).toEqual(["SendFriendApplication"]);
    expect(await actions({ q: "QA_Q" })).toEqual(["QueryFriendList"]);
    expect(await actions({ q: "ghost" })).toEqual(["SendFriendApplication"]);
    expect(await actions({ q: "%" })).toEqual([]);
  });

  it("by tool, FromUserId and outcome", async () => {
    expect(await actions({ source: "suite" })).toEqual(["QueryFriendList"]);
    expect(await actions({ fromUserId: "agent_amy", source: "as-is" })).toEqual(["SendFriendApplication"]);
    expect(await actions({ status: "pending" })).toEqual(["QueryFriendList", "SendFriendApplication"]);
    expect(await actions({ status: "all-sent" })).toEqual([]);
  });
});
