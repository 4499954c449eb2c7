import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getSend } from "@/lib/audit/send-store";
import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { openDatabase, provideDatabase } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { emptyFriendInfo } from "@/lib/zim/send-schema";

import { sendAndRecord } from "./send-friend-application";

const caller: Caller = { id: "op-1", email: "op@example.test", name: "Op", role: "operator" };
let calls = 0;
let upstream: Server;
let environment: Environment;

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  const db = await opened;
  await db.insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
  // Stands for any write that fails after the call went out: this RequestId cannot be recorded.
  await db.execute(sql`alter table "send" add constraint "refused_in_test" check ("request_id" is distinct from '8888')`);
  upstream = createServer((_request, response) => {
    calls += 1;
    response.writeHead(200, { "content-type": "application/json" });
    response.end('{"Code":0,"Message":"success","RequestId":"8888","ErrorList":[]}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const { port } = upstream.address() as AddressInfo;
  environment = {
    id: "sim",
    name: "Sim",
    kind: "simulator",
    appId: 1,
    serverSecret: "secret-secret",
    baseUrl: `http://127.0.0.1:${port}`,
    production: false,
  };
}, 30_000);

afterAll(() => upstream.close());

describe("a call that went out is never 'try again'", () => {
  it("says it was sent but not recorded, marks History, and refuses to send the same submission again", async () => {
    const values = { fromUserId: "agent_amy", reason: "", friendInfos: [emptyFriendInfo("user_alice")] };
    const submissionId = crypto.randomUUID();
    const outcome = await sendAndRecord({ values, environment, caller, submissionId });
    expect(outcome).toMatchObject({ status: "answered", unrecorded: true, result: { requestId: "8888", kind: "all-sent" } });
    const sendId = outcome.status === "answered" ? outcome.sendId : "";
    expect((await getSend(sendId))?.status).toBe("unrecorded");

    const again = await sendAndRecord({ values, environment, caller, submissionId });
    expect(again).toMatchObject({ status: "failed", message: expect.stringMatching(/went out already.*Do not send it again/) });
    expect(calls).toBe(1);
  });
});
