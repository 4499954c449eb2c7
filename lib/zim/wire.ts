import { z } from "zod";

/** What ZIM puts in the JSON body of SendFriendApplication (README.md here, "Envelope"). */
export type SendFriendApplicationBody = {
  FromUserId: string;
  FriendInfos: {
    UserId: string;
    Wording?: string;
    FriendAlias?: string;
    CreateTime?: number;
    UpdateTime?: number;
    Attributes?: { Key: string; Value: string }[];
  }[];
};

/** Every ZIM answer carries these three, with operation fields beside them (no Data wrapper). */
export const envelopeSchema = z.looseObject({
  Code: z.number().int(),
  Message: z.string().catch(""),
  RequestId: z.union([z.string(), z.number()]).transform(String).catch(""),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** Older tables spell the member `UserID`; the client accepts either (README.md here, decision 15). */
const errorItemSchema = z
  .looseObject({
    UserId: z.string().optional(),
    UserID: z.string().optional(),
    SubCode: z.number().int(),
  })
  .transform(({ UserId, UserID, SubCode }) => ({ userId: UserId ?? UserID ?? "", subCode: SubCode }));

export const sendFriendApplicationResponseSchema = envelopeSchema.extend({
  ErrorList: z
    .array(errorItemSchema)
    .nullish()
    .transform((list) => list ?? []),
});

export type SendFriendApplicationResponse = z.infer<typeof sendFriendApplicationResponseSchema>;
export type ErrorListItem = SendFriendApplicationResponse["ErrorList"][number];
