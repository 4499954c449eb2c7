import { hasFriend, type SimState } from "../state";
import type { Operation } from "./types";
import { checkUserIdList, userIdListChecks } from "./user-id-list";

/** Relation values of lib/zim/README.md, decision 16: one-way check 1/2, two-way check 3/4/5/6. */
function relationOf(state: SimState, a: string, b: string, checkType: 0 | 1): number {
  const aHasB = hasFriend(state, a, b);
  if (checkType === 1) return aHasB ? 2 : 1;
  const bHasA = hasFriend(state, b, a);
  if (aHasB && bHasA) return 6;
  if (aHasB) return 4;
  return bHasA ? 5 : 3;
}

export const checkFriendsRelation: Operation = {
  method: "POST",
  emptyLists: { Successes: [], Fails: [] },
  run: ({ state, body }) => {
    const request = checkUserIdList(state, body, { typeField: "CheckType" });
    if (!request.ok) return { Code: request.error, Successes: [], Fails: [] };
    const { fromUserId, userIds, type } = request.value;
    const successes: { UserId: string; Relation: number }[] = [];
    const fails: { UserId: string; SubCode: number; Relation: number }[] = [];
    for (const { userId, code } of userIdListChecks(fromUserId, userIds, 660000002)) {
      const subCode = code ?? (state.users.has(userId) ? undefined : 660700015);
      if (subCode !== undefined) fails.push({ UserId: userId, SubCode: subCode, Relation: 0 });
      else successes.push({ UserId: userId, Relation: relationOf(state, fromUserId, userId, type) });
    }
    return { Code: successes.length > 0 || fails.length === 0 ? 0 : 660000001, Successes: successes, Fails: fails };
  },
};
