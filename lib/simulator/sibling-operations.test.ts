import { describe, expect, it } from "vitest";

import { createHarness } from "@/lib/testing/simulator-harness";

import { decideApplication } from "./control";
import { SEED_USERS } from "./seed";
import { hasFriend, pendingApplication } from "./state";

const { sender } = SEED_USERS;

function friendIds(harness: ReturnType<typeof createHarness>, owner: string, query: Record<string, string> = {}) {
  const answer = harness.call("QueryFriendList", {}, { method: "GET", query: { FromUserId: owner, ...query } });
  return (answer.FriendInfos as { UserId: string }[]).map((friend) => friend.UserId);
}

function relations(harness: ReturnType<typeof createHarness>, from: string, userIds: string[], checkType: 0 | 1) {
  const answer = harness.call("CheckFriendsRelation", { FromUserId: from, UserIds: userIds, CheckType: checkType });
  return (answer.Successes as { UserId: string; Relation: number }[]).map(({ Relation }) => Relation);
}

describe("AddFriends", () => {
  it("makes the friendship two-way at once and clears a pending application", () => {
    const harness = createHarness();
    harness.call("SendFriendApplication", { FromUserId: sender, FriendInfos: [{ UserId: "user_bob" }] });
    const answer = harness.call("AddFriends", {
      FromUserId: sender,
      FriendInfos: [{ UserId: "user_bob", FriendAlias: "Bobby" }],
    });
    expect(answer).toMatchObject({ Code: 0, ErrorList: [] });
    expect(hasFriend(harness.state, sender, "user_bob") && hasFriend(harness.state, "user_bob", sender)).toBe(true);
    expect(pendingApplication(harness.state, sender, "user_bob", harness.now())).toBeUndefined();
  });

  it("answers 660800025 when no target is registered and 660800046 for a future FriendTime", () => {
    const harness = createHarness();
    expect(harness.call("AddFriends", { FromUserId: sender, FriendInfos: [{ UserId: "ghost" }] }).Code).toBe(660800025);
    const future = harness.call("AddFriends", {
      FromUserId: sender,
      FriendInfos: [{ UserId: "user_bob", FriendTime: harness.now() + 1 }],
    });
    expect(future).toMatchObject({ Code: 660800046, ErrorList: [{ UserId: "user_bob", SubCode: 660800046 }] });
  });
});

describe("DeleteFriends", () => {
  it("DeleteType 1 removes the target from FromUserId's list only", () => {
    const harness = createHarness();
    const answer = harness.call("DeleteFriends", { FromUserId: sender, UserIds: [SEED_USERS.existingFriend], DeleteType: 1 });
    expect(answer.Code).toBe(0);
    expect(relations(harness, sender, [SEED_USERS.existingFriend], 0)).toEqual([5]);
  });

  it("DeleteType 0 removes both entries", () => {
    const harness = createHarness();
    harness.call("DeleteFriends", { FromUserId: sender, UserIds: [SEED_USERS.existingFriend], DeleteType: 0 });
    expect(relations(harness, sender, [SEED_USERS.existingFriend], 0)).toEqual([3]);
  });

  it("answers 660800034 for a non-friend and 660800033 for FromUserId itself", () => {
    const answer = createHarness().call("DeleteFriends", { FromUserId: sender, UserIds: ["user_bob", sender], DeleteType: 0 });
    expect(answer).toMatchObject({
      Code: 660000001,
      ErrorList: [
        { UserId: "user_bob", SubCode: 660800034 },
        { UserId: sender, SubCode: 660800033 },
      ],
    });
  });
});

describe("QueryFriendList", () => {
  it("lists the newest friendship first, with TotalCount and Next 0 on the last page", () => {
    const harness = createHarness();
    harness.call("AddFriends", { FromUserId: sender, FriendInfos: [{ UserId: "user_bob" }] });
    harness.advance(5);
    harness.call("AddFriends", { FromUserId: sender, FriendInfos: [{ UserId: "user_carol" }] });
    expect(friendIds(harness, sender)).toEqual(["user_carol", "user_bob", SEED_USERS.existingFriend]);
    const page = harness.call("QueryFriendList", {}, { method: "GET", query: { FromUserId: sender, Limit: "2" } });
    expect(page).toMatchObject({ Code: 0, TotalCount: 3, Next: 2 });
    expect(friendIds(harness, sender, { Limit: "2", Next: "2" })).toEqual([SEED_USERS.existingFriend]);
    expect(harness.call("QueryFriendList", {}, { method: "GET", query: { FromUserId: sender, Next: "2" } }).Next).toBe(0);
  });

  it("is a GET: a POST answers 660000002", () => {
    expect(createHarness().call("QueryFriendList", { FromUserId: sender }).Code).toBe(660000002);
  });
});

describe("CheckFriendsRelation", () => {
  it("reports the two-way relations 3, 4, 5, 6 and the one-way 1, 2", () => {
    const harness = createHarness();
    harness.call("DeleteFriends", { FromUserId: SEED_USERS.oneWayFriend, UserIds: [sender], DeleteType: 1 });
    harness.call("AddFriends", { FromUserId: sender, FriendInfos: [{ UserId: SEED_USERS.oneWayFriend }] });
    harness.call("DeleteFriends", { FromUserId: SEED_USERS.oneWayFriend, UserIds: [sender], DeleteType: 1 });
    const others = ["user_bob", SEED_USERS.oneWayFriend, SEED_USERS.existingFriend];
    expect(relations(harness, sender, others, 0)).toEqual([3, 4, 6]);
    expect(relations(createHarness(), sender, [SEED_USERS.oneWayFriend], 0)).toEqual([5]);
    expect(relations(harness, sender, others, 1)).toEqual([1, 2, 2]);
  });
});

describe("UserRegister and QueryUserInfos", () => {
  it("registers new users and reports existing and too-long ones per item", () => {
    const harness = createHarness();
    const answer = harness.call("UserRegister", {
      UserInfo: [{ UserId: "new_user", UserName: "New" }, { UserId: sender }, { UserId: "a".repeat(33) }],
    });
    expect(answer.Code).toBe(0);
    expect(answer.ErrorList).toEqual([
      expect.objectContaining({ UserId: sender, SubCode: 660700002 }),
      expect.objectContaining({ UserId: "a".repeat(33), SubCode: 660000012 }),
    ]);
    const infos = harness.call("QueryUserInfos", { UserIds: ["new_user", "ghost"] });
    expect(infos).toMatchObject({
      Code: 0,
      Result: [{ UserId: "new_user", UserName: "New" }],
      ErrorList: [{ UserId: "ghost", SubCode: 660700015 }],
    });
  });

  it("a newly registered user can receive a request", () => {
    const harness = createHarness();
    harness.call("UserRegister", { UserInfo: [{ UserId: SEED_USERS.unregistered }] });
    expect(
      harness.call("SendFriendApplication", { FromUserId: sender, FriendInfos: [{ UserId: SEED_USERS.unregistered }] }).Code,
    ).toBe(0);
  });
});

describe("control surface: deciding an application", () => {
  it("accepting makes both friends with the alias asked for; rejecting does not", () => {
    const harness = createHarness();
    harness.call("SendFriendApplication", {
      FromUserId: sender,
      FriendInfos: [{ UserId: "user_bob", FriendAlias: "B" }, { UserId: "user_carol" }],
    });
    expect(decideApplication(harness.state, { from: sender, to: "user_bob", decision: "accept" }, harness.now())).toEqual({
      ok: true,
    });
    expect(decideApplication(harness.state, { from: sender, to: "user_carol", decision: "reject" }, harness.now())).toEqual({
      ok: true,
    });
    expect(relations(harness, sender, ["user_bob", "user_carol"], 0)).toEqual([6, 3]);
    expect(decideApplication(harness.state, { from: sender, to: "user_carol", decision: "accept" }, harness.now()).ok).toBe(
      false,
    );
  });
});
