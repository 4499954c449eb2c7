import { describe, expect, it } from "vitest";

import { createHarness } from "@/lib/testing/simulator-harness";

import { SEED_USERS } from "./seed";
import { hasFriend, pendingApplication } from "./state";

const { sender } = SEED_USERS;

function send(friendInfos: unknown, harness = createHarness(), fromUserId: unknown = sender) {
  return harness.call("SendFriendApplication", { FromUserId: fromUserId, FriendInfos: friendInfos });
}

const subCodeFor = (target: Record<string, unknown>) => send([{ UserId: "user_alice" }, target]).ErrorList;

describe("SendFriendApplication: request level (decisions 6-8)", () => {
  it.each<[string, unknown, unknown, number]>([
    ["FromUserId missing", undefined, [{ UserId: "user_alice" }], 660000002],
    ["FromUserId with a bad character", "amy*", [{ UserId: "user_alice" }], 660000002],
    ["FromUserId of 33 bytes", "a".repeat(33), [{ UserId: "user_alice" }], 660000012],
    ["FromUserId not registered", "ghost_gary", [{ UserId: "user_alice" }], 660500002],
    ["FriendInfos empty", sender, [], 660000002],
    ["FriendInfos not an array", sender, "user_alice", 660000002],
    ["51 targets", sender, Array.from({ length: 51 }, (_, i) => ({ UserId: `u${i}` })), 660000011],
    ["21 targets", sender, Array.from({ length: 21 }, (_, i) => ({ UserId: `u${i}` })), 660800019],
  ])("%s: rejected with an empty ErrorList", (_label, fromUserId, friendInfos, code) => {
    const answer = createHarness().call("SendFriendApplication", { FromUserId: fromUserId, FriendInfos: friendInfos });
    expect(answer).toMatchObject({ Code: code, ErrorList: [] });
  });

  it("a body that is not JSON answers 660000002", () => {
    const harness = createHarness();
    const answer = harness.call("SendFriendApplication", {}, { method: "GET" });
    expect(answer.Code).toBe(660000002);
  });

  it("the batch limit is configurable up to 50", () => {
    const harness = createHarness();
    harness.state.config.batchLimit = 50;
    const targets = Array.from({ length: 21 }, (_, i) => ({ UserId: `fan_${String(i + 1).padStart(4, "0")}` }));
    expect(send(targets, harness).Code).toBe(0);
  });
});

describe("SendFriendApplication: per target (decision 9), first failing check wins", () => {
  it.each<[string, Record<string, unknown>, number]>([
    ["UserId missing", {}, 660000002],
    ["UserId with a slash", { UserId: "a/b" }, 660000002],
    ["UserId of 33 bytes", { UserId: "a".repeat(33) }, 660000012],
    ["UserId equal to FromUserId", { UserId: sender }, 660800020],
    ["Wording of 257 characters", { UserId: "user_bob", Wording: "字".repeat(257) }, 660800021],
    ["FriendAlias of 257 characters", { UserId: "user_bob", FriendAlias: "a".repeat(257) }, 660800021],
    ["Attributes not an array", { UserId: "user_bob", Attributes: { Key: "k0" } }, 660800026],
    [
      "six Attributes",
      { UserId: "user_bob", Attributes: Array.from({ length: 6 }, () => ({ Key: "k0", Value: "" })) },
      660800026,
    ],
    ["an attribute without Value", { UserId: "user_bob", Attributes: [{ Key: "k0" }] }, 660800026],
    ["Key k5", { UserId: "user_bob", Attributes: [{ Key: "k5", Value: "v" }] }, 660800023],
    [
      "Key repeated",
      {
        UserId: "user_bob",
        Attributes: [
          { Key: "k1", Value: "a" },
          { Key: "k1", Value: "b" },
        ],
      },
      660800032,
    ],
    ["1025 attribute bytes", { UserId: "user_bob", Attributes: [{ Key: "k0", Value: "v".repeat(1023) }] }, 660800024],
    ["CreateTime negative", { UserId: "user_bob", CreateTime: -1 }, 660000002],
    ["UpdateTime a string", { UserId: "user_bob", UpdateTime: "1" }, 660000002],
    ["CreateTime in the future", { UserId: "user_bob", CreateTime: Date.now() + 60_000 }, 660800046],
    ["target not registered", { UserId: SEED_USERS.unregistered }, 660700015],
    ["target already a friend", { UserId: SEED_USERS.existingFriend }, 660800027],
  ])("%s: its own SubCode, Code 0 since another target succeeded", (_label, target, subCode) => {
    const answer = send([{ UserId: "user_alice" }, target]);
    expect(answer.Code).toBe(0);
    expect(answer.ErrorList).toEqual([{ UserId: typeof target.UserId === "string" ? target.UserId : "", SubCode: subCode }]);
  });

  it("1024 attribute bytes pass", () => {
    expect(subCodeFor({ UserId: "user_bob", Attributes: [{ Key: "k0", Value: "v".repeat(1022) }] })).toEqual([]);
  });

  it("a repeated target: the first is processed, each later one fails with 660800022", () => {
    const harness = createHarness();
    const answer = send([{ UserId: "user_bob" }, { UserId: "user_bob" }, { UserId: "user_bob" }], harness);
    expect(answer.ErrorList).toEqual([
      { UserId: "user_bob", SubCode: 660800022 },
      { UserId: "user_bob", SubCode: 660800022 },
    ]);
    expect(pendingApplication(harness.state, sender, "user_bob", harness.now())).toBeDefined();
  });

  it("the checks run in order: a too-long alias is reported before an unregistered target", () => {
    expect(subCodeFor({ UserId: "ghost_gary", FriendAlias: "a".repeat(257) })).toEqual([
      { UserId: "ghost_gary", SubCode: 660800021 },
    ]);
  });

  it("the friend cap: at 3000 friends every target fails with 660800028", () => {
    expect(send([{ UserId: "user_bob" }], createHarness(), SEED_USERS.atCap)).toMatchObject({
      Code: 660800028,
      ErrorList: [{ UserId: "user_bob", SubCode: 660800028 }],
    });
  });

  it("the cap counts friends added by auto-accept earlier in the same call", () => {
    const harness = createHarness();
    harness.call("AddFriends", { FromUserId: "user_carol", FriendInfos: [{ UserId: SEED_USERS.nearCap }] });
    harness.call("DeleteFriends", { FromUserId: SEED_USERS.nearCap, UserIds: ["user_carol"], DeleteType: 1 });
    const answer = send([{ UserId: "user_carol" }, { UserId: "user_dave" }], harness, SEED_USERS.nearCap);
    expect(answer).toMatchObject({ Code: 0, ErrorList: [{ UserId: "user_dave", SubCode: 660800028 }] });
  });
});

describe("SendFriendApplication: success (decisions 10-11)", () => {
  it("a one-way friend is added to FromUserId's list at once, with alias and attributes", () => {
    const harness = createHarness();
    const answer = send(
      [{ UserId: SEED_USERS.oneWayFriend, FriendAlias: "Olga", Attributes: [{ Key: "k2", Value: "vip" }] }],
      harness,
    );
    expect(answer).toMatchObject({ Code: 0, ErrorList: [] });
    const list = harness.call("QueryFriendList", {}, { method: "GET", query: { FromUserId: sender } });
    expect(list.FriendInfos).toContainEqual(
      expect.objectContaining({
        UserId: SEED_USERS.oneWayFriend,
        FriendAlias: "Olga",
        Attributes: [{ Key: "k2", Value: "vip" }],
      }),
    );
    expect(pendingApplication(harness.state, sender, SEED_USERS.oneWayFriend, harness.now())).toBeUndefined();
  });

  it("otherwise a pending application is created, refreshed on resend, and expires after 7 days", () => {
    const harness = createHarness();
    send([{ UserId: "user_bob", Wording: "hi" }], harness);
    const created = pendingApplication(harness.state, sender, "user_bob", harness.now());
    expect(created).toMatchObject({ wording: "hi", state: "waiting" });
    expect(hasFriend(harness.state, sender, "user_bob")).toBe(false);
    harness.advance(1000);
    send([{ UserId: "user_bob", Wording: "hello again" }], harness);
    const refreshed = pendingApplication(harness.state, sender, "user_bob", harness.now());
    expect(refreshed).toMatchObject({ wording: "hello again", createTime: created?.createTime, updateTime: harness.now() });
    harness.advance(7 * 24 * 60 * 60 * 1000);
    expect(pendingApplication(harness.state, sender, "user_bob", harness.now())).toBeUndefined();
  });
});

describe("SendFriendApplication: Code when every target failed (decision 12)", () => {
  it.each<[string, unknown[], number]>([
    ["all unregistered", [{ UserId: "ghost_1" }, { UserId: "ghost_2" }], 660800025],
    ["all with the same SubCode", [{ UserId: SEED_USERS.existingFriend }, { UserId: SEED_USERS.existingFriend }], 660000001],
    ["all already friends", [{ UserId: SEED_USERS.existingFriend }], 660800027],
    ["different SubCodes", [{ UserId: "ghost_1" }, { UserId: sender }], 660000001],
  ])("%s: the expected Code, every target listed", (_label, targets, code) => {
    const answer = send(targets);
    expect(answer.Code).toBe(code);
    expect(answer.ErrorList).toHaveLength(targets.length);
  });
});

describe("rate limit and method (decisions 4 and 8)", () => {
  it("allows 20 calls in a sliding second across Actions, answers 660300005 and changes nothing past it", () => {
    const harness = createHarness();
    for (let i = 0; i < 19; i++) harness.call("QueryUserInfos", { UserIds: ["user_bob"] });
    expect(send([{ UserId: "user_bob" }], harness).Code).toBe(0);
    expect(send([{ UserId: "user_carol" }], harness)).toMatchObject({ Code: 660300005, ErrorList: [] });
    expect(pendingApplication(harness.state, sender, "user_carol", harness.now())).toBeUndefined();
    harness.advance(999);
    expect(send([{ UserId: "user_carol" }], harness).Code).toBe(660300005);
    harness.advance(1);
    expect(send([{ UserId: "user_carol" }], harness).Code).toBe(0);
  });

  it("UserRegister answers its own rate-limit code", () => {
    const harness = createHarness();
    harness.state.config.rateLimitPerSecond = 0;
    expect(harness.call("UserRegister", { UserInfo: [{ UserId: "x" }] }).Code).toBe(660700001);
  });

  it("a GET to a POST Action answers 660000002", () => {
    expect(createHarness().call("SendFriendApplication", {}, { method: "GET" }).Code).toBe(660000002);
  });
});
