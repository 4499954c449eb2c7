import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import { getServerConfig } from "@/lib/config/env";

import type { CheckCall, CheckIncomplete } from "./check-call";
import { isRegistered, targetFacts } from "./facts";
import { predictSend } from "./predict";
import type { SendPrediction } from "./prediction";
import { readFriendPage, readRegistration, readRelations } from "./reads";

export type PreflightChecked = { status: "checked"; prediction: SendPrediction; checkedAt: string };

/**
 * The read-only checks behind a prediction, made together under the shared pace: who is registered
 * (QueryUserInfos), each target's two-way relation (CheckFriendsRelation), FromUserId's friend count
 * (QueryFriendList's TotalCount). Each call is in the audit trail as a check.
 */
export async function runPreflight({
  caller,
  environment,
  fromUserId,
  userIds,
}: CheckCall): Promise<PreflightChecked | CheckIncomplete> {
  const context: CallContext = { caller, environment, source: "check", reason: "preflight" };
  const targets = [...new Set(userIds)].filter((userId) => userId !== fromUserId);
  const [registration, relations, friends] = await Promise.all([
    readRegistration(context, [fromUserId, ...targets]),
    readRelations(context, { fromUserId, userIds: targets, batchLimit: getServerConfig().batchLimit }),
    readFriendPage(context, { fromUserId, limit: 1, next: "0" }),
  ]);
  if (!registration.ok) return { status: "incomplete", message: registration.error };
  const senderRegistered = isRegistered(fromUserId, registration.value);
  // An unregistered FromUserId makes the other reads fail too; the prediction needs only that fact.
  if (senderRegistered !== false) {
    if (!relations.ok) return { status: "incomplete", message: relations.error };
    if (!friends.ok) return { status: "incomplete", message: friends.error };
  }
  const prediction = predictSend({
    sender: { userId: fromUserId, registered: senderRegistered, friendCount: friends.ok ? friends.value.totalCount : null },
    targets: targets.map((userId) => targetFacts(userId, registration.value, relations.ok ? relations.value : undefined)),
  });
  return { status: "checked", prediction, checkedAt: new Date().toISOString() };
}
