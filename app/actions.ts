"use server";

import { defineZimAction } from "@/lib/actions/define-action";
import { planRetry } from "@/lib/audit/retry-plan";
import { getSend } from "@/lib/audit/send-store";
import { getServerConfig } from "@/lib/config/env";
import { fail, ok } from "@/lib/result/result";
import { sendAndRecord } from "@/lib/sending/send-friend-application";
import { retryRequestSchema, sendRequestSchema } from "@/lib/sending/send-request-schema";

export const sendFriendApplicationAction = defineZimAction({
  name: "sendFriendApplication",
  role: "operator",
  schema: () => sendRequestSchema(getServerConfig().batchLimit),
  environment: ({ environmentId, confirmation, form }) => ({
    environmentId,
    confirmation,
    expected: { label: "FromUserId", value: form.fromUserId },
  }),
  handler: ({ form, submissionId }, { caller, environment }) =>
    sendAndRecord({ values: form, environment, caller, submissionId }),
});

export const retryFailedTargetsAction = defineZimAction({
  name: "retryFailedTargets",
  role: "operator",
  schema: () => retryRequestSchema,
  load: async ({ sendId }) => {
    const original = await getSend(sendId);
    return original ? ok(original) : fail({ status: "failed" as const, message: "No such send." });
  },
  // A retry goes where the original went, confirmed like it.
  environment: ({ confirmation }, original) => ({
    environmentId: original.environmentId,
    confirmation,
    expected: { label: "FromUserId", value: original.fromUserId },
  }),
  handler: async ({ submissionId }, { caller, environment, loaded: original }) => {
    const { retry } = planRetry(original);
    if (retry.length === 0) return { status: "failed", message: "No failed target of this send can succeed by sending again." };
    const values = { ...original.input, friendInfos: retry };
    return sendAndRecord({ values, environment, caller, submissionId, retryOf: original.id });
  },
});
