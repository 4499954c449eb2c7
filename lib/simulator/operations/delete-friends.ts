import { combineBatchCode } from "@/lib/zim/combine-batch-code";

import { checkFromUserId } from "../checks";
import { hasFriend, removeFriendEntry, type SimState } from "../state";
import type { ErrorItem } from "./friend-batch";
import type { Operation } from "./types";
import { checkUserIdList, userIdListChecks } from "./user-id-list";

/** DeleteType 0 removes both entries; 1 removes the target from FromUserId's list only (lib/zim/README.md, decision 16). */
function unfriend(state: SimState, fromUserId: string, userId: string, deleteType: 0 | 1) {
  removeFriendEntry(state, fromUserId, userId);
  if (deleteType === 0) removeFriendEntry(state, userId, fromUserId);
}

export const deleteFriends: Operation = {
  method: "POST",
  emptyLists: { ErrorList: [] },
  run: ({ state, body }) => {
    const request = checkUserIdList(state, body, { typeField: "DeleteType" });
    if (!request.ok) return { Code: request.error, ErrorList: [] };
    const { fromUserId, userIds, type } = request.value;
    const errorList: ErrorItem[] = [];
    let succeeded = 0;
    for (const { userId, code } of userIdListChecks(fromUserId, userIds, 660800033)) {
      const subCode = code ?? (hasFriend(state, fromUserId, userId) ? undefined : 660800034);
      if (subCode !== undefined) {
        errorList.push({ UserId: userId, SubCode: subCode });
        continue;
      }
      unfriend(state, fromUserId, userId, type);
      succeeded++;
    }
    return { Code: combineBatchCode({ succeeded, subCodes: errorList.map((item) => item.SubCode) }), ErrorList: errorList };
  },
};

export const deleteAllFriends: Operation = {
  method: "GET",
  emptyLists: {},
  run: ({ state, query }) => {
    const fromUserId = query.get("FromUserId");
    const deleteType = query.get("DeleteType") ?? "0";
    if (checkFromUserId(state, fromUserId) !== undefined || (deleteType !== "0" && deleteType !== "1")) {
      return { Code: 660000002 };
    }
    for (const userId of [...(state.friends.get(fromUserId as string)?.keys() ?? [])]) {
      unfriend(state, fromUserId as string, userId, deleteType === "0" ? 0 : 1);
    }
    return { Code: 0 };
  },
};
