import { attributesOf, checkAttributes, checkTexts, checkTimes, combineBatchCode, isRecord, textOf, timeOrNow } from "../checks";
import { addFriendEntry, applicationKey, friendCount, hasFriend, type SimState } from "../state";
import { checkFriendBatch, identityChecks, type ErrorItem } from "./friend-batch";
import type { Operation } from "./types";

function checkTarget(state: SimState, fromUserId: string, userId: string, target: Record<string, unknown>, now: number) {
  return (
    checkTexts(target, ["Wording", "FriendAlias"]) ??
    checkAttributes(target.Attributes) ??
    checkTimes(target, ["FriendTime"], now) ??
    (state.users.has(userId) ? undefined : 660700015) ??
    (hasFriend(state, fromUserId, userId) ? 660800027 : undefined) ??
    (friendCount(state, fromUserId) >= state.config.friendCap ? 660800028 : undefined)
  );
}

/** AddFriends makes the friendship two-way at once and clears pending applications (7.6). */
function befriend(state: SimState, fromUserId: string, userId: string, target: Record<string, unknown>, now: number) {
  const createTime = timeOrNow(target.FriendTime, now);
  addFriendEntry(state, fromUserId, {
    userId,
    friendAlias: textOf(target.FriendAlias),
    wording: textOf(target.Wording),
    attributes: attributesOf(target.Attributes),
    createTime,
  });
  if (!hasFriend(state, userId, fromUserId)) {
    addFriendEntry(state, userId, { userId: fromUserId, friendAlias: "", wording: "", attributes: [], createTime });
  }
  state.applications.delete(applicationKey(fromUserId, userId));
  state.applications.delete(applicationKey(userId, fromUserId));
}

export const addFriends: Operation = {
  method: "POST",
  emptyLists: { ErrorList: [] },
  run: ({ state, body, now }) => {
    const batch = checkFriendBatch(state, body, {});
    if ("code" in batch) return { Code: batch.code, ErrorList: [] };
    const { fromUserId, targets } = batch;
    const errorList: ErrorItem[] = [];
    let succeeded = 0;
    identityChecks(fromUserId, targets).forEach(({ userId, code }, index) => {
      const target = targets[index];
      const subCode = code ?? checkTarget(state, fromUserId, userId, isRecord(target) ? target : {}, now);
      if (subCode !== undefined) {
        errorList.push({ UserId: userId, SubCode: subCode });
        return;
      }
      befriend(state, fromUserId, userId, target as Record<string, unknown>, now);
      succeeded++;
    });
    const Code = combineBatchCode({ succeeded, subCodes: errorList.map((item) => item.SubCode), allUnregisteredCode: 660800025 });
    return { Code, ErrorList: errorList };
  },
};
