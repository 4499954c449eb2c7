/** How the console names each field of a send, as ZIM's documentation spells it where it can. */
export const FIELD_LABELS: Record<string, string> = {
  fromUserId: "FromUserId",
  reason: "Reason or ticket",
  friendInfos: "Targets",
  userId: "UserId",
  wording: "Wording",
  friendAlias: "FriendAlias",
  createTime: "CreateTime",
  updateTime: "UpdateTime",
  attributes: "Attributes",
};
