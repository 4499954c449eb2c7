import { describe, expect, it } from "vitest";

import { createHarness } from "@/lib/testing/simulator-harness";

/** Valid ZIM user IDs that name members of Object.prototype: plain-object lookups would break on them. */
const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

describe("user IDs named like Object.prototype members", () => {
  it("register, send and receive friend requests, and show up in lists and relations", () => {
    const harness = createHarness();
    expect(harness.call("UserRegister", { UserInfo: NAMES.map((UserId) => ({ UserId })) })).toMatchObject({
      Code: 0,
      ErrorList: [],
    });

    for (const sender of NAMES) {
      const targets = NAMES.filter((name) => name !== sender).map((UserId) => ({ UserId }));
      const answer = harness.call("SendFriendApplication", { FromUserId: sender, FriendInfos: targets });
      expect(answer, sender).toMatchObject({ Code: 0, ErrorList: [] });
    }
    const added = harness.call("AddFriends", { FromUserId: "agent_amy", FriendInfos: NAMES.map((UserId) => ({ UserId })) });
    expect(added).toMatchObject({ Code: 0, ErrorList: [] });
    const list = harness.call("QueryFriendList", { FromUserId: "__proto__" }, { method: "GET" });
    expect(list).toMatchObject({ Code: 0, TotalCount: 1 });
    const relation = harness.call("CheckFriendsRelation", {
      FromUserId: "constructor",
      UserIds: ["agent_amy", "toString"],
      CheckType: 0,
    });
    expect(relation).toMatchObject({
      Code: 0,
      Successes: [
        { UserId: "agent_amy", Relation: 6 },
        { UserId: "toString", Relation: 3 },
      ],
    });
    const users = harness.call("QueryUserInfos", { UserIds: NAMES });
    expect(users).toMatchObject({ Code: 0, ErrorList: [] });
  });

  it("an unregistered __proto__ target is reported as unregistered, not mistaken for a forced SubCode", () => {
    const harness = createHarness();
    const answer = harness.call("SendFriendApplication", {
      FromUserId: "agent_amy",
      FriendInfos: [{ UserId: "__proto__" }, { UserId: "user_alice" }],
    });
    expect(answer).toMatchObject({ Code: 0, ErrorList: [{ UserId: "__proto__", SubCode: 660700015 }] });
  });
});
