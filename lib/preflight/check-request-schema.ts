import { z } from "zod";

import { MAX_BATCH_LIMIT } from "@/lib/zim/limits";
import { userIdSchema } from "@/lib/zim/send-schema";

/** A preflight or follow-up check: FromUserId and the targets to check, in send order. */
export const checkRequestSchema = z.object({
  environmentId: z.string().min(1).max(100),
  fromUserId: userIdSchema,
  userIds: z.array(userIdSchema).min(1).max(MAX_BATCH_LIMIT),
});

export type CheckRequest = z.infer<typeof checkRequestSchema>;
