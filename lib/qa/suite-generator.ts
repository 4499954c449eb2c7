import { ATTRIBUTES_MAX_BYTES, MAX_ATTRIBUTES, TEXT_MAX_CHARS, USER_ID_MAX_BYTES, USER_LIST_HARD_LIMIT } from "@/lib/zim/limits";

import type { SuiteCase } from "./suite";

export type SuiteInputs = {
  fromUserId: string;
  /** A registered user with no relation to FromUserId. */
  registered: string;
  unregistered: string;
  /** Already in FromUserId's friend list (the setup makes sure). */
  friend: string;
  /** Made a one-way friend by the setup: has FromUserId, not the reverse. */
  oneWayFriend: string;
  batchLimit: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

type Target = Record<string, unknown>;

function single(name: string, inputs: SuiteInputs, target: Target, code: number, setup: SuiteCase["setup"] = []): SuiteCase {
  const userId = String(target.UserId);
  return {
    name,
    setup,
    request: { FromUserId: inputs.fromUserId, FriendInfos: [target] },
    expect: { code, errors: code === 0 ? [] : [{ UserId: userId, SubCode: code }] },
  };
}

const attributesOfBytes = (bytes: number) => [{ Key: "k0", Value: "v".repeat(bytes - 2) }];

/**
 * The boundary cases of the seed page and the decisions in lib/zim/README.md, each with the answer ZIM should
 * give (a single target whose failure is also the call's Code, per decision 12).
 */
export function generateBoundarySuite(inputs: SuiteInputs, now: number): SuiteCase[] {
  const { fromUserId, registered, unregistered, friend, oneWayFriend, batchLimit } = inputs;
  const at32 = `qa_${"x".repeat(USER_ID_MAX_BYTES - 3)}`;
  const at33 = `${at32}y`;
  const tooMany = batchLimit + 1;
  const target = (extra: Target = {}): Target => ({ UserId: registered, ...extra });
  return [
    single("Baseline: one registered target", inputs, target(), 0),
    single("UserId of exactly 32 bytes (registered by the setup)", inputs, { UserId: at32 }, 0, [
      { action: "UserRegister", method: "POST", params: { UserInfo: [{ UserId: at32 }] } },
    ]),
    single("UserId of 33 bytes", inputs, { UserId: at33 }, 660000012),
    single(`Wording of ${TEXT_MAX_CHARS} multibyte characters`, inputs, target({ Wording: "好".repeat(TEXT_MAX_CHARS) }), 0),
    single(
      `Wording of ${TEXT_MAX_CHARS + 1} multibyte characters`,
      inputs,
      target({ Wording: "好".repeat(TEXT_MAX_CHARS + 1) }),
      660800021,
    ),
    single(
      `FriendAlias of ${TEXT_MAX_CHARS + 1} characters`,
      inputs,
      target({ FriendAlias: "a".repeat(TEXT_MAX_CHARS + 1) }),
      660800021,
    ),
    single("Attribute key k5", inputs, target({ Attributes: [{ Key: "k5", Value: "v" }] }), 660800023),
    single(
      "Repeated attribute key",
      inputs,
      target({
        Attributes: [
          { Key: "k1", Value: "a" },
          { Key: "k1", Value: "b" },
        ],
      }),
      660800032,
    ),
    single(
      `Attributes of ${ATTRIBUTES_MAX_BYTES} bytes`,
      inputs,
      target({ Attributes: attributesOfBytes(ATTRIBUTES_MAX_BYTES) }),
      0,
    ),
    single(
      `Attributes of ${ATTRIBUTES_MAX_BYTES + 1} bytes`,
      inputs,
      target({ Attributes: attributesOfBytes(ATTRIBUTES_MAX_BYTES + 1) }),
      660800024,
    ),
    single(
      `${MAX_ATTRIBUTES + 1} attributes`,
      inputs,
      target({ Attributes: ["k0", "k1", "k2", "k3", "k4", "k0"].map((Key) => ({ Key, Value: "" })) }),
      660800026,
    ),
    single("Target is FromUserId", inputs, { UserId: fromUserId }, 660800020),
    {
      name: "Repeated target: the second occurrence fails",
      setup: [],
      request: { FromUserId: fromUserId, FriendInfos: [target(), target()] },
      expect: { code: 0, errors: [{ UserId: registered, SubCode: 660800022 }] },
    },
    {
      name: "Unregistered target",
      setup: [],
      request: { FromUserId: fromUserId, FriendInfos: [{ UserId: unregistered }] },
      expect: { code: 660800025, errors: [{ UserId: unregistered, SubCode: 660700015 }] },
    },
    single("Already a friend", inputs, { UserId: friend }, 660800027, [
      { action: "AddFriends", method: "POST", params: { FromUserId: fromUserId, FriendInfos: [{ UserId: friend }] } },
    ]),
    single("One-way friend: accepted at once", inputs, { UserId: oneWayFriend }, 0, [
      { action: "AddFriends", method: "POST", params: { FromUserId: fromUserId, FriendInfos: [{ UserId: oneWayFriend }] } },
      { action: "DeleteFriends", method: "POST", params: { FromUserId: fromUserId, UserIds: [oneWayFriend], DeleteType: 1 } },
    ]),
    single("CreateTime one day in the future", inputs, target({ CreateTime: now + DAY_MS }), 660800046),
    single("CreateTime not a number", inputs, target({ CreateTime: "yesterday" }), 660000002),
    {
      name: `${tooMany} targets, one over the batch limit`,
      setup: [],
      request: {
        FromUserId: fromUserId,
        FriendInfos: Array.from({ length: tooMany }, (_, index) => ({ UserId: `qa_target_${index}` })),
      },
      expect: { code: tooMany > USER_LIST_HARD_LIMIT ? 660000011 : 660800019, errors: [] },
    },
    {
      name: "No targets",
      setup: [],
      request: { FromUserId: fromUserId, FriendInfos: [] },
      expect: { code: 660000002, errors: [] },
    },
    {
      name: "FromUserId not registered",
      setup: [],
      request: { FromUserId: unregistered, FriendInfos: [target()] },
      expect: { code: 660500002, errors: [] },
    },
  ];
}
