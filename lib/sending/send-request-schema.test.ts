import { describe, expect, it } from "vitest";

import { emptyFriendInfo } from "@/lib/zim/send-schema";

import { sendRequestSchema } from "./send-request-schema";

const request = (userIds: string[], createTime = "") => ({
  form: { fromUserId: "agent_amy", reason: "", friendInfos: userIds.map((id) => ({ ...emptyFriendInfo(id), createTime })) },
  environmentId: "simulator",
  submissionId: crypto.randomUUID(),
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the send action's schema, made once per batch limit", () => {
  it("keeps each batch limit apart", () => {
    const threeTargets = request(["user_a", "user_b", "user_c"]);
    expect(sendRequestSchema(2).safeParse(threeTargets).success).toBe(false);
    expect(sendRequestSchema(3).safeParse(threeTargets).success).toBe(true);
    expect(sendRequestSchema(2).safeParse(threeTargets).success).toBe(false);
  });

  it("judges a time against the clock when it parses, not when it was made", async () => {
    const schema = sendRequestSchema(20);
    expect(schema.safeParse(request(["user_a"])).success).toBe(true);
    await wait(30);
    // Later than the schema's making, earlier than this parse: not in the future.
    expect(schema.safeParse(request(["user_a"], String(Date.now() - 10))).success).toBe(true);
    const inAMinute = schema.safeParse(request(["user_a"], String(Date.now() + 60_000)));
    expect(inAMinute.success).toBe(false);
    expect(inAMinute.error?.issues.map((issue) => issue.message).join()).toContain("660800046");
  });
});
