import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import { getServerConfig } from "@/lib/config/env";

import type { CheckCall, CheckIncomplete } from "./check-call";
import { describeFollowUp, type FollowUp } from "./follow-up";
import { readRelations } from "./reads";

export type FollowUpChecked = { status: "checked"; targets: ({ userId: string } & FollowUp)[]; checkedAt: string };

/** After a send: one two-way CheckFriendsRelation tells, per target that succeeded, what the target sees now. */
export async function runFollowUp({
  caller,
  environment,
  fromUserId,
  userIds,
}: CheckCall): Promise<FollowUpChecked | CheckIncomplete> {
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
