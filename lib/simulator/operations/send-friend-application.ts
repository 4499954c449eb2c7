import { APPLICATION_TTL_MS } from "@/lib/zim/limits";
import {
  attributesOf,
  checkAttributes,
  checkTexts,
  checkTimes,
  combineBatchCode,
  isRecord,
  textOf,
  timeOrNow,
} from "../checks";
import { addFriendEntry, applicationKey, friendCount, hasFriend, pendingApplication, type SimState } from "../state";
import { checkFriendBatch, identityChecks, type ErrorItem } from "./friend-batch";
import type { Operation } from "./types";

const TIME_FIELDS = ["CreateTime", "UpdateTime"] as const;

function checkTarget(state: SimState, fromUserId: string, userId: string, target: Record<string, unknown>, now: number) {
  return (
    checkTexts(target, ["Wording", "FriendAlias"]) ??
    checkAttributes(target.Attributes) ??
    checkTimes(target, TIME_FIELDS, now) ??
    (state.users.has(userId) ? undefined : 660700015) ??
    (hasFriend(state, fromUserId, userId) ? 660800027 : undefined) ??
    (friendCount(state, fromUserId) >= state.config.friendCap ? 660800028 : undefined)
  );
}

/** Rules 7.3.9 and 7.3.10: auto-accept for a one-way friend, else create or refresh the application. */
function deliver(state: SimState, fromUserId: string, userId: string, target: Record<string, unknown>, now: number) {
  const friendAlias = textOf(target.FriendAlias);
  const wording = textOf(target.Wording);
  const attributes = attributesOf(target.Attributes);
  if (hasFriend(state, userId, fromUserId)) {
    addFriendEntry(state, fromUserId, { userId, friendAlias, wording, attributes, createTime: timeOrNow(target.CreateTime, now) });
    return;
  }
  const existing = pendingApplication(state, fromUserId, userId, now);
  const updateTime = timeOrNow(target.UpdateTime, now);
  state.applications.set(applicationKey(fromUserId, userId), {
    from: fromUserId,
    to: userId,
    wording,
    friendAlias,
    attributes,
    createTime: existing?.createTime ?? timeOrNow(target.CreateTime, now),
    updateTime,
    expiresAt: now + APPLICATION_TTL_MS,
    state: "waiting",
  });
}

export const sendFriendApplication: Operation = {
  method: "POST",
  emptyLists: { ErrorList: [] },
  run: ({ state, body, now }) => {
    const batch = checkFriendBatch(state, body, { hardLimitCode: 660000011 });
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
      deliver(state, fromUserId, userId, target as Record<string, unknown>, now);
      succeeded++;
    });
    const Code = combineBatchCode({ succeeded, subCodes: errorList.map((item) => item.SubCode), allUnregisteredCode: 660800025 });
    return { Code, ErrorList: errorList };
  },
};
