import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import type { Caller } from "@/lib/auth/caller";
import { getServerConfig, type Environment } from "@/lib/config/env";

import { describeFollowUp, type FollowUp } from "./follow-up";
import { readRelations } from "./reads";

export type FollowUpChecked = { status: "checked"; targets: ({ userId: string } & FollowUp)[]; checkedAt: string };
export type FollowUpIncomplete = { status: "incomplete"; message: string };

/** After a send: one two-way CheckFriendsRelation tells, per target that succeeded, what the target sees now. */
export async function runFollowUp({
  caller,
  environment,
  fromUserId,
  userIds,
}: {
  caller: Caller;
  environment: Environment;
  fromUserId: string;
  userIds: readonly string[];
}): Promise<FollowUpChecked | FollowUpIncomplete> {
  const context: CallContext = { caller, environment, source: "check", reason: "follow-up" };
  const targets = [...new Set(userIds)];
  const answer = await readRelations(context, { fromUserId, userIds: targets, batchLimit: getServerConfig().batchLimit });
  if (!answer.ok) return { status: "incomplete", message: answer.error };
  return {
    status: "checked",
    targets: targets.map((userId) => ({ userId, ...describeFollowUp(answer.value.relations.get(userId) ?? null) })),
    checkedAt: new Date().toISOString(),
  };
}
