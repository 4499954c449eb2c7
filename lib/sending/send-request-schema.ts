import { z } from "zod";

import { createSendSchema } from "@/lib/zim/send-schema";

/** What the send action takes: the form, where to send it, and the ids that make it idempotent. */
export function createSendRequestSchema({ batchLimit }: { batchLimit: number }) {
  return z.object({
    form: createSendSchema({ batchLimit }),
    environmentId: z.string().min(1, "Pick an environment"),
    submissionId: z.uuid(),
    /** For a production environment: the FromUserId typed again. */
    confirmation: z.string().default(""),
  });
}

export const retryRequestSchema = z.object({
  sendId: z.uuid(),
  submissionId: z.uuid(),
  confirmation: z.string().default(""),
});
