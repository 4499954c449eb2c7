// Limits of SendFriendApplication and its siblings, as ZEGO documents them (README.md here, decision 14).

/** ZIM counts user IDs in UTF-8 bytes. */

export const USER_ID_MAX_BYTES = 32;
/** ZIM counts Wording and FriendAlias in characters (Unicode code points), not bytes. */
export const TEXT_MAX_CHARS = 256;
export const MAX_ATTRIBUTES = 5;
export const ATTRIBUTE_KEYS = ["k0", "k1", "k2", "k3", "k4"] as const;
/** Sum of the UTF-8 bytes of every Key and Value of one target. */
export const ATTRIBUTES_MAX_BYTES = 1024;

export const DEFAULT_BATCH_LIMIT = 20;
/** ZEGO support can raise the per-call batch limit to this, and no further. */
export const MAX_BATCH_LIMIT = 50;
/** Past this many targets ZIM answers 660000011 whatever the AppID's batch limit. */
export const USER_LIST_HARD_LIMIT = 50;

export const FRIEND_CAP = 3000;
export const RATE_LIMIT_PER_SECOND = 20;
/** How far a request's Timestamp may drift from the server's clock. */
export const SIGNATURE_WINDOW_SECONDS = 600;
export const APPLICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A counter turns amber at this share of its limit. */
export const NEAR_LIMIT_RATIO = 0.9;

export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

export function isAttributeKey(key: string): key is AttributeKey {
  return (ATTRIBUTE_KEYS as readonly string[]).includes(key);
}
