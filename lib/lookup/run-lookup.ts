import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { describeRelation } from "@/lib/preflight/follow-up";
import { readFriendPage, readRegistration, readRelations, type FriendPage } from "@/lib/preflight/reads";
import type { UserInfo } from "@/lib/zim/read-responses";

import { FRIENDS_PER_PAGE_SHOWN } from "./page-size";

export type RelationAnswer = { withUserId: string; relation: number | null; words: string };

export type LookupAnswer = {
  status: "looked-up";
  userId: string;
  /** null: QueryUserInfos could not tell. */
  registered: boolean | null;
  info: UserInfo | null;
  friends: FriendPage | { problem: string } | null;
  relation: RelationAnswer | null;
  problem: string | null;
};

async function relationWith(context: CallContext, userId: string, other: string): Promise<RelationAnswer> {
  const answer = await readRelations(context, { fromUserId: userId, userIds: [other], batchLimit: 1 });
  if (!answer.ok) return { withUserId: other, relation: null, words: answer.error };
  if (answer.value.unregistered.has(other)) return { withUserId: other, relation: null, words: `${other} is not registered.` };
  const relation = answer.value.relations.get(other) ?? null;
  const words =
    relation === null ? (answer.value.problems.get(other) ?? "ZIM did not tell.") : describeRelation(relation, userId, other);
  return { withUserId: other, relation, words };
}

/**
 * What support needs to answer "why didn't my request arrive?": is the user registered, who is in
 * their list (one page), and their two-way relation with someone. Every call is audited as a lookup.
 */
export async function lookUpUser({
  caller,
  environment,
  userId,
  next,
  relationWith: other,
}: {
  caller: Caller;
  environment: Environment;
  userId: string;
  next: string;
  relationWith?: string;
}): Promise<LookupAnswer> {
  const context: CallContext = { caller, environment, source: "lookup", reason: `lookup ${userId}` };
  const [registration, friends, relation] = await Promise.all([
    readRegistration(context, [userId]),
    readFriendPage(context, { fromUserId: userId, limit: FRIENDS_PER_PAGE_SHOWN, next }),
    other && other !== userId ? relationWith(context, userId, other) : Promise.resolve(null),
  ]);
  const base = { status: "looked-up" as const, userId, relation };
  if (!registration.ok) return { ...base, registered: null, info: null, friends: null, problem: registration.error };
  const info = registration.value.found.get(userId) ?? null;
  const registered = info ? true : registration.value.unregistered.has(userId) ? false : null;
  if (registered === false) return { ...base, registered, info, friends: null, problem: null };
  return { ...base, registered, info, friends: friends.ok ? friends.value : { problem: friends.error }, problem: null };
}
