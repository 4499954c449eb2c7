import { describe, expect, it } from "vitest";

import { sendAsIsSchema } from "./send-as-is";

const base = { environmentId: "simulator", action: "QueryFriendList", method: "GET" as const };

describe("send as-is: the signed common parameters are the tool's", () => {
  it("refuses Action or a signature parameter among a GET's parameters, naming them", () => {
    const result = sendAsIsSchema.safeParse({
      ...base,
      body: '{"FromUserId":"agent_amy","Action":"DeleteAllFriends","Timestamp":"1"}',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["body"], message: expect.stringMatching(/^Action, Timestamp are set by the tool/) }),
    ]);
  });

  it("lets a gateway probe send them on purpose, and leaves a POST body alone", () => {
    expect(sendAsIsSchema.safeParse({ ...base, body: '{"Timestamp":"1"}', probe: "expired-timestamp" }).success).toBe(true);
    expect(sendAsIsSchema.safeParse({ ...base, method: "POST", body: '{"Action":0}' }).success).toBe(true);
    expect(sendAsIsSchema.safeParse({ ...base, body: '{"FromUserId":"agent_amy"}' }).success).toBe(true);
  });
});
