import { checkFromUserId } from "../checks";
import type { Operation } from "./types";

const MAX_PAGE = 100;

/** GET with query parameters; newest friendship first; `Next` is an opaque offset, 0 on the last page. */
export const queryFriendList: Operation = {
  method: "GET",
  emptyLists: {},
  run: ({ state, query }) => {
    const fromUserId = query.get("FromUserId");
    const limitText = query.get("Limit") ?? "0";
    const nextText = query.get("Next") || "0";
    if (checkFromUserId(state, fromUserId) !== undefined) return { Code: 660000002 };
    if (!/^\d+$/.test(limitText) || !/^\d+$/.test(nextText)) return { Code: 660000002 };
    const limit = Number(limitText) === 0 || Number(limitText) > MAX_PAGE ? MAX_PAGE : Number(limitText);
    const offset = Number(nextText);
    const friends = [...(state.friends.get(fromUserId as string)?.values() ?? [])].reverse();
    friends.sort((a, b) => b.createTime - a.createTime);
    const page = friends.slice(offset, offset + limit);
    const next = offset + limit < friends.length ? offset + limit : 0;
    return {
      Code: 0,
      TotalCount: friends.length,
      Next: next,
      FriendInfos: page.map((friend) => ({
        UserId: friend.userId,
        UserName: state.users.get(friend.userId)?.userName ?? "",
        Avatar: state.users.get(friend.userId)?.avatar ?? "",
        Wording: friend.wording,
        FriendAlias: friend.friendAlias,
        CreateTime: friend.createTime,
        Attributes: friend.attributes,
      })),
    };
  },
};
