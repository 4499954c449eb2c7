import { describe, expect, it } from "vitest";

import { codeInMessage } from "./rule-message";
import { createSendSchema, emptyFriendInfo, type FriendInfoValues, type SendFormValues } from "./send-schema";

const NOW = 1_700_000_000_000;

function form(targets: Partial<FriendInfoValues>[], fromUserId = "agent_amy"): SendFormValues {
  return {
    fromUserId,
    reason: "",
    friendInfos: targets.map((target, index) => ({ ...emptyFriendInfo(`user_${index}`), ...target })),
  };
}

/** The ZIM code each failing path would get, e.g. { "friendInfos.0.userId": 660000012 }. */
function codesOf(values: SendFormValues, batchLimit = 20): Record<string, number | undefined> {
  const result = createSendSchema({ batchLimit, now: () => NOW }).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), codeInMessage(issue.message)]));
}

const id = (bytes: number) => "a".repeat(bytes);

describe("send schema: user IDs", () => {
  it.each([
    [31, {}],
    [32, {}],
    [33, { "friendInfos.0.userId": 660000012 }],
  ])("a %i-byte target ID", (bytes, expected) => {
    expect(codesOf(form([{ userId: id(bytes) }]))).toEqual(expected);
  });

  it("counts multibyte IDs in bytes, and refuses non-ASCII as a character", () => {
    expect(codesOf(form([{ userId: "é" }]))).toEqual({ "friendInfos.0.userId": 660000002 });
  });

  it("applies the same limits to FromUserId", () => {
    expect(codesOf(form([{}], id(33)))).toEqual({ fromUserId: 660000012 });
    expect(codesOf(form([{}], ""))).toEqual({ fromUserId: 660000002 });
    expect(codesOf(form([{}], "amy*"))).toEqual({ fromUserId: 660000002 });
  });

  it("accepts the union of the documented character sets", () => {
    expect(codesOf(form([{ userId: "a!#$%&()+-:;<=.>?@[]^_{}|~ ," }]))).toEqual({});
  });

  it("refuses a target equal to FromUserId, and each repeat after the first", () => {
    expect(codesOf(form([{ userId: "agent_amy" }]))).toEqual({ "friendInfos.0.userId": 660800020 });
    expect(codesOf(form([{ userId: "x" }, { userId: "y" }, { userId: "x" }, { userId: "x" }]))).toEqual({
      "friendInfos.2.userId": 660800022,
      "friendInfos.3.userId": 660800022,
    });
  });
});

describe("send schema: texts", () => {
  it.each([
    [255, {}],
    [256, {}],
    [257, { "friendInfos.0.wording": 660800021 }],
  ])("a wording of %i multibyte characters", (chars, expected) => {
    expect(codesOf(form([{ wording: "好".repeat(chars) }]))).toEqual(expected);
  });

  it("counts an emoji as one character", () => {
    expect(codesOf(form([{ friendAlias: "😀".repeat(256) }]))).toEqual({});
    expect(codesOf(form([{ friendAlias: "😀".repeat(257) }]))).toEqual({ "friendInfos.0.friendAlias": 660800021 });
  });
});

describe("send schema: attributes", () => {
  const attributeOfBytes = (bytes: number) => [{ key: "k0", value: "v".repeat(bytes - 2) }];

  it.each([
    [1023, {}],
    [1024, {}],
    [1025, { "friendInfos.0.attributes": 660800024 }],
  ])("%i bytes of keys and values", (bytes, expected) => {
    expect(codesOf(form([{ attributes: attributeOfBytes(bytes) }]))).toEqual(expected);
  });

  it("accepts k0..k4 and refuses k5", () => {
    const keys = ["k0", "k1", "k2", "k3", "k4"].map((key) => ({ key, value: "v" }));
    expect(codesOf(form([{ attributes: keys }]))).toEqual({});
    expect(codesOf(form([{ attributes: [{ key: "k5", value: "v" }] }]))).toEqual({ "friendInfos.0.attributes.0.key": 660800023 });
  });

  it("refuses a repeated key and a sixth attribute", () => {
    expect(
      codesOf(
        form([
          {
            attributes: [
              { key: "k1", value: "a" },
              { key: "k1", value: "b" },
            ],
          },
        ]),
      ),
    ).toEqual({
      "friendInfos.0.attributes.1.key": 660800032,
    });
    const six = ["k0", "k1", "k2", "k3", "k4", "k0"].map((key) => ({ key, value: "" }));
    expect(codesOf(form([{ attributes: six }]))["friendInfos.0.attributes"]).toBe(660800026);
  });
});

describe("send schema: times", () => {
  it("accepts empty, 0, now and the past; refuses the future and non-numbers", () => {
    expect(codesOf(form([{ createTime: "", updateTime: "0" }]))).toEqual({});
    expect(codesOf(form([{ createTime: String(NOW), updateTime: String(NOW - 1) }]))).toEqual({});
    expect(codesOf(form([{ createTime: String(NOW + 1) }]))).toEqual({ "friendInfos.0.createTime": 660800046 });
    expect(codesOf(form([{ updateTime: "yesterday" }]))).toEqual({ "friendInfos.0.updateTime": 660000002 });
  });
});

describe("send schema: batch size", () => {
  const targets = (count: number) => Array.from({ length: count }, () => ({}));

  it("accepts 20 and refuses 21 targets at the default limit", () => {
    expect(codesOf(form(targets(20)))).toEqual({});
    expect(codesOf(form(targets(21)))).toEqual({ friendInfos: 660800019 });
  });

  it("follows a raised batch limit, up to 50", () => {
    expect(codesOf(form(targets(21)), 50)).toEqual({});
    expect(codesOf(form(targets(50)), 50)).toEqual({});
    expect(codesOf(form(targets(51)), 50)).toEqual({ friendInfos: 660000011 });
  });

  it("refuses an empty target list", () => {
    expect(codesOf(form([]))).toEqual({ friendInfos: 660000002 });
  });
});

describe("send schema: text the database cannot store", () => {
  const messagesOf = (values: SendFormValues) => {
    const result = createSendSchema({ now: () => NOW }).safeParse(values);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it.each([
    ["wording", "Wording", "hi\u0000there"],
    ["friendAlias", "Alias", "\uD83D alone"],
    ["wording", "Wording", "ends with \uDC00"],
  ] as const)("refuses U+0000 or a lone surrogate in %s, naming the field", (field, label, text) => {
    const messages = messagesOf(form([{ [field]: text }]));
    expect(messages[`friendInfos.0.${field}`]).toMatch(
      new RegExp(`^${label} holds U\\+0000 or half of a surrogate pair.*660000002$`),
    );
  });

  it("refuses them in an attribute value and in the reason, and names the bad character of a user ID by code point", () => {
    const values = form([{ attributes: [{ key: "k0", value: "v\u0000" }] }]);
    const messages = messagesOf({ ...values, reason: "ticket \uDBFF", fromUserId: "amy\u0000" });
    expect(messages["friendInfos.0.attributes.0.value"]).toMatch(/^Value holds U\+0000/);
    expect(messages.reason).toMatch(/^Reason holds U\+0000/);
    expect(messages.fromUserId).toBe("Not allowed in a user ID: U+0000: ZIM would answer 660000002");
  });

  it("accepts well-formed text, emoji included", () => {
    expect(messagesOf(form([{ wording: "你好 👋", friendAlias: "Ünïcödé" }]))).toEqual({});
  });
});
