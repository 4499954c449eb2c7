import { addFriends } from "./add-friends";
import { checkFriendsRelation } from "./check-friends-relation";
import { deleteAllFriends, deleteFriends } from "./delete-friends";
import { queryFriendList } from "./query-friend-list";
import { sendFriendApplication } from "./send-friend-application";
import type { Operation } from "./types";
import { queryUserInfos, userRegister } from "./users";

/** The ZIM Actions the simulator serves; any other answers 100000007. */
export const OPERATIONS: Readonly<Record<string, Operation>> = {
  SendFriendApplication: sendFriendApplication,
  AddFriends: addFriends,
  DeleteFriends: deleteFriends,
  DeleteAllFriends: deleteAllFriends,
  QueryFriendList: queryFriendList,
  CheckFriendsRelation: checkFriendsRelation,
  UserRegister: userRegister,
  QueryUserInfos: queryUserInfos,
};

export function isKnownAction(action: string): boolean {
  return Object.hasOwn(OPERATIONS, action);
}
