"use server";

import { defineAction } from "@/lib/actions/define-action";
import { planRetry } from "@/lib/audit/retry-plan";
import { getSend } from "@/lib/audit/send-store";
import { getServerConfig } from "@/lib/config/env";
import { checkEnvironmentAccess, sendAndRecord } from "@/lib/sending/send-friend-application";
import { createSendRequestSchema, retryRequestSchema } from "@/lib/sending/send-request-schema";

export const sendFriendApplicationAction = defineAction({
  name: "sendFriendApplication",
  role: "operator",
  schema: () => createSendRequestSchema({ batchLimit: getServerConfig().batchLimit }),
  handler: async ({ form, environmentId, submissionId, confirmation }, caller) => {
    const environment = checkEnvironmentAccess({
      environmentId,
      caller,
      confirmation,
      expected: { value: form.fromUserId, label: "FromUserId" },
    });
    if ("status" in environment) return environment;
    return sendAndRecord({ values: form, environment, caller, submissionId });
  },
});

export const retryFailedTargetsAction = defineAction({
  name: "retryFailedTargets",
  role: "operator",
  schema: () => retryRequestSchema,
  handler: async ({ sendId, submissionId, confirmation }, caller) => {
    const original = await getSend(sendId);
    if (!original) return { status: "failed" as const, message: "No such send." };
    const environment = checkEnvironmentAccess({
      environmentId: original.environmentId,
      caller,
      confirmation,
      expected: { value: original.fromUserId, label: "FromUserId" },
    });
    if ("status" in environment) return environment;
    const { retry } = planRetry(original);
    if (retry.length === 0)
      return { status: "failed" as const, message: "No failed target of this send can succeed by sending again." };
    const values = { ...original.input, friendInfos: retry };
    return sendAndRecord({ values, environment, caller, submissionId, retryOf: original.id });
  },
});
