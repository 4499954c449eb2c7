import { USER_LIST_HARD_LIMIT } from "@/lib/zim/limits";
import { checkFromUserId, checkUserId, isRecord, repeatedIndexes } from "../checks";
import type { SimState } from "../state";

export type ErrorItem = { UserId: string; SubCode: number };

/**
 * Request-level checks shared by SendFriendApplication and AddFriends (zim-api.md 7.2):
 * answers a Code, or the validated FromUserId and targets.
 */
export function checkFriendBatch(
  state: SimState,
  body: unknown,
  { hardLimitCode }: { hardLimitCode?: number },
): { code: number } | { fromUserId: string; targets: unknown[] } {
  if (!isRecord(body) || !Array.isArray(body.FriendInfos)) return { code: 660000002 };
  const fromCode = checkFromUserId(state, body.FromUserId);
  if (fromCode !== undefined) return { code: fromCode };
  const targets = body.FriendInfos;
  if (targets.length === 0) return { code: 660000002 };
  if (hardLimitCode !== undefined && targets.length > USER_LIST_HARD_LIMIT) return { code: hardLimitCode };
  if (targets.length > state.config.batchLimit) return { code: 660800019 };
  return { fromUserId: body.FromUserId as string, targets };
}

/** Per-target identity checks, steps 1-4 of zim-api.md 7.3 (invalid, too long, self, repeated). */
export function identityChecks(fromUserId: string, targets: readonly unknown[]) {
  const userIds = targets.map((target) => (isRecord(target) ? target.UserId : undefined));
  const repeated = repeatedIndexes(userIds);
  return userIds.map((userId, index) => {
    const code = checkUserId(userId);
    if (code !== undefined) return { userId: typeof userId === "string" ? userId : "", code };
    if (userId === fromUserId) return { userId: userId as string, code: 660800020 };
    if (repeated.has(index)) return { userId: userId as string, code: 660800022 };
    return { userId: userId as string, code: undefined };
  });
}
