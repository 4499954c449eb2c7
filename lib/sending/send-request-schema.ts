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

type SendRequestSchema = ReturnType<typeof createSendRequestSchema>;

const madeForBatchLimit = new Map<number, SendRequestSchema>();

/**
 * The send action's schema, made once per batch limit. zod prepares an object schema's parser on its
 * first parse, so a schema made for every call parsed 20 targets in 0.35 ms instead of 0.06.
 */
export function sendRequestSchema(batchLimit: number): SendRequestSchema {
  const made = madeForBatchLimit.get(batchLimit) ?? createSendRequestSchema({ batchLimit });
  madeForBatchLimit.set(batchLimit, made);
  return made;
}

export const retryRequestSchema = z.object({
  sendId: z.uuid(),
  submissionId: z.uuid(),
  confirmation: z.string().default(""),
});
