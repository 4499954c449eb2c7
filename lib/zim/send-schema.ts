// zod/mini: this schema runs in the send page, and mini keeps its first-load JavaScript small.
import { z } from "zod/mini";

import {
  ATTRIBUTE_KEYS,
  ATTRIBUTES_MAX_BYTES,
  DEFAULT_BATCH_LIMIT,
  isAttributeKey,
  MAX_ATTRIBUTES,
  TEXT_MAX_CHARS,
  USER_ID_MAX_BYTES,
  USER_LIST_HARD_LIMIT,
} from "./limits";
import { ruleMessage } from "./rule-message";
import { isStorableText } from "./storable-text";
import { codePoints, utf8Bytes } from "./text-length";
import { disallowedUserIdCharacters } from "./user-id";

export const REASON_MAX_CHARS = 500;

/** A character as the user can read it: itself, or its code point when it is invisible or broken. */
function showCharacter(char: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) && isStorableText(char)
    ? `“${char}”`
    : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function userIdIssue(value: string): string | undefined {
  if (value.length === 0) return ruleMessage("Required", 660000002);
  const bad = disallowedUserIdCharacters(value);
  if (bad.length > 0) {
    const shown = bad.map(showCharacter).join(" ");
    return ruleMessage(`Not allowed in a user ID: ${shown}`, 660000002);
  }
  const bytes = utf8Bytes(value);
  if (bytes > USER_ID_MAX_BYTES) {
    return ruleMessage(`${bytes} bytes, over the ${USER_ID_MAX_BYTES}-byte limit`, 660000012);
  }
  return undefined;
}

/** A user ID ZIM would accept by its form alone (charset, length); registration is ZIM's to tell. */
export function isWellFormedUserId(value: string): boolean {
  return userIdIssue(value) === undefined;
}

export const userIdSchema = z.string().check(
  z.superRefine((value: string, ctx) => {
    const message = userIdIssue(value);
    if (message) ctx.addIssue({ code: "custom", message });
  }),
);

/** Refuses U+0000 and lone surrogates, which neither ZIM nor the audit record can take, naming the field. */
const storable = (label: string) =>
  z.refine<string>((value) => isStorableText(value), {
    message: ruleMessage(`${label} holds U+0000 or half of a surrogate pair, which cannot be sent or stored`, 660000002),
  });

const textSchema = (label: string) =>
  z.string().check(
    storable(label),
    z.superRefine((value: string, ctx) => {
      const chars = codePoints(value);
      if (chars > TEXT_MAX_CHARS) {
        ctx.addIssue({
          code: "custom",
          message: ruleMessage(`${label} is ${chars} characters, over ${TEXT_MAX_CHARS}`, 660800021),
        });
      }
    }),
  );

const timeSchema = (now: () => number) =>
  z.string().check(
    z.superRefine((value: string, ctx) => {
      if (value === "" || value === "0") return;
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
        ctx.addIssue({ code: "custom", message: ruleMessage("Not a millisecond Unix timestamp", 660000002) });
        return;
      }
      if (Number(value) > now()) {
        ctx.addIssue({ code: "custom", message: ruleMessage("In the future", 660800046) });
      }
    }),
  );

const attributeSchema = z.object({
  key: z.string().check(
    z.refine((key: string): boolean => isAttributeKey(key), {
      message: ruleMessage(`Key must be one of ${ATTRIBUTE_KEYS.join(", ")}`, 660800023),
    }),
  ),
  value: z.string().check(storable("Value")),
});

export function attributeBytes(attributes: readonly { key: string; value: string }[]): number {
  return attributes.reduce((sum, { key, value }) => sum + utf8Bytes(key) + utf8Bytes(value), 0);
}

const attributesSchema = z.array(attributeSchema).check(
  z.maxLength(MAX_ATTRIBUTES, { message: ruleMessage(`At most ${MAX_ATTRIBUTES} attributes`, 660800026) }),
  z.superRefine((attributes: { key: string; value: string }[], ctx) => {
    const seen = new Set<string>();
    attributes.forEach(({ key }, index) => {
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: [index, "key"], message: ruleMessage(`Key ${key} is repeated`, 660800032) });
      }
      seen.add(key);
    });
    const bytes = attributeBytes(attributes);
    if (bytes > ATTRIBUTES_MAX_BYTES) {
      ctx.addIssue({
        code: "custom",
        message: ruleMessage(`Keys and values are ${bytes} bytes, over ${ATTRIBUTES_MAX_BYTES}`, 660800024),
      });
    }
  }),
);

const friendInfoSchema = (now: () => number) =>
  z.object({
    userId: userIdSchema,
    wording: textSchema("Wording"),
    friendAlias: textSchema("Alias"),
    createTime: timeSchema(now),
    updateTime: timeSchema(now),
    attributes: attributesSchema,
  });

function checkBatchSize(batchLimit: number) {
  return z.superRefine((targets: unknown[], ctx) => {
    if (targets.length === 0) {
      ctx.addIssue({ code: "custom", message: ruleMessage("Add at least one target", 660000002) });
    } else if (targets.length > USER_LIST_HARD_LIMIT) {
      ctx.addIssue({ code: "custom", message: ruleMessage(`More than ${USER_LIST_HARD_LIMIT} targets`, 660000011) });
    } else if (targets.length > batchLimit) {
      ctx.addIssue({
        code: "custom",
        message: ruleMessage(`${targets.length} targets, over the batch limit of ${batchLimit}`, 660800019),
      });
    }
  });
}

/** Rules across rows: a target may not be FromUserId, and each repeat after the first fails. */
const checkTargetIdentities = z.superRefine(
  ({ fromUserId, friendInfos }: { fromUserId: string; friendInfos: { userId: string }[] }, ctx) => {
    const seen = new Set<string>();
    friendInfos.forEach(({ userId }, index) => {
      const path = ["friendInfos", index, "userId"];
      if (userId !== "" && userId === fromUserId) {
        ctx.addIssue({ code: "custom", path, message: ruleMessage("Same as FromUserId", 660800020) });
      } else if (seen.has(userId) && userId !== "") {
        ctx.addIssue({ code: "custom", path, message: ruleMessage("Repeated user ID", 660800022) });
      }
      seen.add(userId);
    });
  },
);

/**
 * The one schema for a SendFriendApplication call, used by the form (inline errors) and by the
 * server action (re-validation). Field names are camelCase; `toSendFriendApplicationBody` maps
 * them to ZIM's. Times are strings of milliseconds so an empty field means "server time".
 */
export function createSendSchema({
  batchLimit = DEFAULT_BATCH_LIMIT,
  now = Date.now,
}: { batchLimit?: number; now?: () => number } = {}) {
  return z
    .object({
      fromUserId: userIdSchema,
      /** Not sent to ZIM: the ticket or reason kept in the audit record. */
      reason: z
        .string()
        .check(storable("Reason"), z.maxLength(REASON_MAX_CHARS, { message: `At most ${REASON_MAX_CHARS} characters` })),
      friendInfos: z.array(friendInfoSchema(now)).check(checkBatchSize(batchLimit)),
    })
    .check(checkTargetIdentities);
}

export type SendSchema = ReturnType<typeof createSendSchema>;
export type SendFormValues = z.infer<SendSchema>;
export type FriendInfoValues = SendFormValues["friendInfos"][number];

export function emptyFriendInfo(userId = ""): FriendInfoValues {
  return { userId, wording: "", friendAlias: "", createTime: "", updateTime: "", attributes: [] };
}

export function emptySendForm(): SendFormValues {
  return { fromUserId: "", reason: "", friendInfos: [emptyFriendInfo()] };
}
