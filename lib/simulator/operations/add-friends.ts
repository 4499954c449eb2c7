import { attributesOf, textOf, timeOrNow } from "../checks";
import { addFriendEntry, applicationKey, hasFriend, type SimState } from "../state";
import { runFriendBatch } from "./friend-batch";
import type { Operation } from "./types";

/** AddFriends makes the friendship two-way at once and clears pending applications (lib/zim/README.md, decision 16). */
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
  run: (context) => runFriendBatch(context, { timeFields: ["FriendTime"], apply: befriend }),
};
