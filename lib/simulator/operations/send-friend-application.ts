import { APPLICATION_TTL_MS } from "@/lib/zim/limits";

import { attributesOf, textOf, timeOrNow } from "../checks";
import { addFriendEntry, applicationKey, hasFriend, pendingApplication, type SimState } from "../state";
import { runFriendBatch } from "./friend-batch";
import type { Operation } from "./types";

/** Decisions 10 and 11 of lib/zim/README.md: auto-accept for a one-way friend, else create or refresh the application. */
function deliver(state: SimState, fromUserId: string, userId: string, target: Record<string, unknown>, now: number) {
  const friendAlias = textOf(target.FriendAlias);
  const wording = textOf(target.Wording);
  const attributes = attributesOf(target.Attributes);
  if (hasFriend(state, userId, fromUserId)) {
    addFriendEntry(state, fromUserId, {
      userId,
      friendAlias,
      wording,
      attributes,
      createTime: timeOrNow(target.CreateTime, now),
    });
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
  run: (context) =>
    runFriendBatch(context, { hardLimitCode: 660000011, timeFields: ["CreateTime", "UpdateTime"], apply: deliver }),
};
