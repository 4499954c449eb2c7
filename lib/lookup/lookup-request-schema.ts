import { z } from "zod";

import { userIdSchema } from "@/lib/zim/send-schema";

/** A user lookup: the user, the friend-list page cursor ("0" first), and optionally a second user to relate. */
export const lookupRequestSchema = z.object({
  environmentId: z.string().min(1).max(100),
  userId: userIdSchema,
  next: z.string().max(200).default("0"),
  relationWith: z.optional(userIdSchema),
});

export type LookupRequest = z.input<typeof lookupRequestSchema>;
