import { z } from "zod";

import { envelopeSchema } from "./wire";

/** Older tables spell the member `UserID`; the client accepts either (README.md here, decision 15). */
const userIdOf = (item: { UserId?: string; UserID?: string }) => item.UserId ?? item.UserID ?? "";

const listOf = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);

const relationItem = z
  .looseObject({ UserId: z.string().optional(), UserID: z.string().optional(), Relation: z.number().int().catch(0) })
  .transform((item) => ({ userId: userIdOf(item), relation: item.Relation }));

const failedItem = z
  .looseObject({ UserId: z.string().optional(), UserID: z.string().optional(), SubCode: z.number().int() })
  .transform((item) => ({ userId: userIdOf(item), subCode: item.SubCode }));

/** CheckFriendsRelation: `Successes` carry the Relation, `Fails` a SubCode (section "Envelope" here). */
export const checkFriendsRelationResponseSchema = envelopeSchema.extend({
  Successes: listOf(relationItem),
  Fails: listOf(failedItem),
});

const userInfoItem = z
  .looseObject({
    UserId: z.string().optional(),
    UserID: z.string().optional(),
    UserName: z.string().catch(""),
    UserAvatar: z.string().catch(""),
  })
  .transform((item) => ({ userId: userIdOf(item), userName: item.UserName, avatar: item.UserAvatar }));

/** QueryUserInfos: the users found in `Result`, the others in `ErrorList`. */
export const queryUserInfosResponseSchema = envelopeSchema.extend({
  Result: listOf(userInfoItem),
  ErrorList: listOf(failedItem),
});

const friendItem = z
  .looseObject({
    UserId: z.string().optional(),
    UserID: z.string().optional(),
    UserName: z.string().catch(""),
    Avatar: z.string().catch(""),
    Wording: z.string().catch(""),
    FriendAlias: z.string().catch(""),
    CreateTime: z.number().catch(0),
    Attributes: listOf(z.looseObject({ Key: z.string().catch(""), Value: z.string().catch("") })).catch([]),
  })
  .transform((item) => ({
    userId: userIdOf(item),
    userName: item.UserName,
    avatar: item.Avatar,
    wording: item.Wording,
    friendAlias: item.FriendAlias,
    createTime: item.CreateTime,
    attributes: item.Attributes.map(({ Key, Value }) => ({ key: Key, value: Value })),
  }));

/** QueryFriendList: `Next` is opaque, "0" (or 0) on the last page. */
export const queryFriendListResponseSchema = envelopeSchema.extend({
  TotalCount: z.number().int().catch(0),
  Next: z.union([z.string(), z.number()]).transform(String).catch("0"),
  FriendInfos: listOf(friendItem),
});

export type FriendListEntry = z.output<typeof friendItem>;
export type UserInfo = z.output<typeof userInfoItem>;
