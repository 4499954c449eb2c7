import type { FriendInfoValues, SendFormValues } from "./send-schema";
import type { SendFriendApplicationBody } from "./wire";

/** Optional fields left empty in the form are left out, so ZIM applies its own defaults. */
function toFriendInfo(target: FriendInfoValues): SendFriendApplicationBody["FriendInfos"][number] {
  return {
    UserId: target.userId,
    ...(target.wording !== "" && { Wording: target.wording }),
    ...(target.friendAlias !== "" && { FriendAlias: target.friendAlias }),
    ...(target.createTime !== "" && { CreateTime: Number(target.createTime) }),
    ...(target.updateTime !== "" && { UpdateTime: Number(target.updateTime) }),
    ...(target.attributes.length > 0 && {
      Attributes: target.attributes.map(({ key, value }) => ({ Key: key, Value: value })),
    }),
  };
}

export function toSendFriendApplicationBody(values: SendFormValues): SendFriendApplicationBody {
  return { FromUserId: values.fromUserId, FriendInfos: values.friendInfos.map(toFriendInfo) };
}
