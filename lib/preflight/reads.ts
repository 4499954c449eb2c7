import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import { ok, type Result } from "@/lib/result/result";
import {
  checkFriendsRelationResponseSchema,
  queryFriendListResponseSchema,
  queryUserInfosResponseSchema,
  type FriendListEntry,
} from "@/lib/zim/read-responses";

import { collectRegistration, collectRelations, type Registration, type Relations } from "./facts";
import { inBatches } from "./in-batches";
import { readZim } from "./read-call";

/** QueryUserInfos takes at most this many IDs per call (lib/zim/README.md, decision 15). */
export const USER_INFOS_PER_CALL = 100;

/** Who is registered, in calls of at most 100 IDs made together. */
export async function readRegistration(context: CallContext, userIds: readonly string[]): Promise<Result<Registration, string>> {
  const answers = await Promise.all(
    inBatches(userIds, USER_INFOS_PER_CALL).map((batch) =>
      readZim(
        context,
        { action: "QueryUserInfos", method: "POST", params: { UserIds: batch }, schema: queryUserInfosResponseSchema },
        // An unknown user is listed in ErrorList (the Code may then be 660700015); an empty answer refused the call.
        { refusedWhen: (data) => data.Code !== 0 && data.Result.length === 0 && data.ErrorList.length === 0 },
      ),
    ),
  );
  const failed = answers.find((answer) => !answer.ok);
  if (failed && !failed.ok) return failed;
  return ok(collectRegistration(answers.flatMap((answer) => (answer.ok ? [answer.value] : []))));
}

/** Two-way relations of FromUserId with each user, in calls of at most `batchLimit` users made together. */
export async function readRelations(
  context: CallContext,
  { fromUserId, userIds, batchLimit }: { fromUserId: string; userIds: readonly string[]; batchLimit: number },
): Promise<Result<Relations, string>> {
  const answers = await Promise.all(
    inBatches(userIds, batchLimit).map((batch) =>
      readZim(
        context,
        {
          action: "CheckFriendsRelation",
          method: "POST",
          params: { FromUserId: fromUserId, UserIds: batch, CheckType: 0 },
          schema: checkFriendsRelationResponseSchema,
        },
        { refusedWhen: (data) => data.Code !== 0 && data.Successes.length === 0 && data.Fails.length === 0 },
      ),
    ),
  );
  const failed = answers.find((answer) => !answer.ok);
  if (failed && !failed.ok) return failed;
  return ok(collectRelations(answers.flatMap((answer) => (answer.ok ? [answer.value] : []))));
}

export type FriendPage = { totalCount: number; next: string; friends: FriendListEntry[] };

/** One page of a user's friend list; `next` "0" means the list is complete. */
export async function readFriendPage(
  context: CallContext,
  { fromUserId, limit, next }: { fromUserId: string; limit: number; next: string },
): Promise<Result<FriendPage, string>> {
  const answer = await readZim(
    context,
    {
      action: "QueryFriendList",
      method: "GET",
      params: { FromUserId: fromUserId, Limit: limit, Next: next },
      schema: queryFriendListResponseSchema,
    },
    { refusedWhen: (data) => data.Code !== 0 },
  );
  if (!answer.ok) return answer;
  const { TotalCount, Next, FriendInfos } = answer.value;
  return ok({ totalCount: TotalCount, next: Next, friends: FriendInfos });
}
