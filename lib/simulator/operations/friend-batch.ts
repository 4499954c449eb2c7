import { fail, ok, type Result } from "@/lib/result/result";
import { combineBatchCode } from "@/lib/zim/combine-batch-code";
import { USER_LIST_HARD_LIMIT } from "@/lib/zim/limits";

import { checkAttributes, checkFromUserId, checkTexts, checkTimes, checkUserId, isRecord, repeatedIndexes } from "../checks";
import { friendCount, hasFriend, type SimState } from "../state";
import type { OperationContext, OperationResult } from "./types";

export type ErrorItem = { UserId: string; SubCode: number };

/**
 * Request-level checks shared by SendFriendApplication and AddFriends (lib/zim/README.md, decisions 6-7):
 * the validated FromUserId and targets, or the Code that refuses the call.
 */
export function checkFriendBatch(
  state: SimState,
  body: unknown,
  { hardLimitCode }: { hardLimitCode?: number },
): Result<{ fromUserId: string; targets: unknown[] }, number> {
  if (!isRecord(body) || !Array.isArray(body.FriendInfos)) return fail(660000002);
  const fromCode = checkFromUserId(state, body.FromUserId);
  if (fromCode !== undefined) return fail(fromCode);
  const targets = body.FriendInfos;
  if (targets.length === 0) return fail(660000002);
  if (hardLimitCode !== undefined && targets.length > USER_LIST_HARD_LIMIT) return fail(hardLimitCode);
  if (targets.length > state.config.batchLimit) return fail(660800019);
  return ok({ fromUserId: body.FromUserId as string, targets });
}

/** Per-target identity checks, steps 1-4 of decision 9 in lib/zim/README.md (invalid, too long, self, repeated). */
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

/** Steps 5-14 of decision 9 in lib/zim/README.md, after the identity checks; the first failure wins. */
function checkTarget(
  state: SimState,
  fromUserId: string,
  userId: string,
  target: Record<string, unknown>,
  now: number,
  timeFields: readonly string[],
) {
  return (
    checkTexts(target, ["Wording", "FriendAlias"]) ??
    checkAttributes(target.Attributes) ??
    checkTimes(target, timeFields, now) ??
    (state.users.has(userId) ? undefined : 660700015) ??
    (hasFriend(state, fromUserId, userId) ? 660800027 : undefined) ??
    (friendCount(state, fromUserId) >= state.config.friendCap ? 660800028 : undefined)
  );
}

/** A SubCode the control surface forces on this target; user IDs such as `__proto__` are valid, so own keys only. */
function forcedSubCode(state: SimState, userId: string): number | undefined {
  return Object.hasOwn(state.faults.targetSubCodes, userId) ? state.faults.targetSubCodes[userId] : undefined;
}

type TargetStep = (state: SimState, fromUserId: string, userId: string, target: Record<string, unknown>, now: number) => void;

/**
 * The batch loop of SendFriendApplication and AddFriends: request checks, then per target the
 * identity checks, the operation's own checks (first failure wins) and its effect; Code by decision 12.
 */
export function runFriendBatch(
  { state, body, now }: OperationContext,
  {
    hardLimitCode,
    timeFields,
    apply,
  }: {
    hardLimitCode?: number;
    /** CreateTime/UpdateTime for an application, FriendTime for a direct add. */
    timeFields: readonly string[];
    apply: TargetStep;
  },
): OperationResult {
  const batch = checkFriendBatch(state, body, { hardLimitCode });
  if (!batch.ok) return { Code: batch.error, ErrorList: [] };
  const { fromUserId, targets } = batch.value;
  const errorList: ErrorItem[] = [];
  let succeeded = 0;
  identityChecks(fromUserId, targets).forEach(({ userId, code }, index) => {
    const target = targets[index];
    const fields = isRecord(target) ? target : {};
    const subCode = code ?? forcedSubCode(state, userId) ?? checkTarget(state, fromUserId, userId, fields, now, timeFields);
    if (subCode !== undefined) {
      errorList.push({ UserId: userId, SubCode: subCode });
      return;
    }
    apply(state, fromUserId, userId, fields, now);
    succeeded++;
  });
  const Code = combineBatchCode({ succeeded, subCodes: errorList.map((item) => item.SubCode), allUnregisteredCode: 660800025 });
  return { Code, ErrorList: errorList };
}
