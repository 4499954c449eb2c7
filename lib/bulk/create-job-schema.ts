import { z } from "zod";

import { REASON_MAX_CHARS } from "@/lib/zim/send-schema";

/** Rows as the browser read them; the server checks them again with the form's rules before writing a job. */
export const bulkRowSchema = z.object({
  rowNumber: z.number().int().min(2),
  fromUserId: z.string().max(1000),
  userId: z.string().max(1000),
  wording: z.string().max(10_000),
  friendAlias: z.string().max(10_000),
  createTime: z.string().max(100),
  updateTime: z.string().max(100),
  attributes: z.array(z.object({ key: z.string().max(100), value: z.string().max(10_000) })).max(20),
});

/** The most rows one job may hold. */
export const MAX_JOB_ROWS = 200_000;

export const createJobSchema = z.object({
  environmentId: z.string().min(1),
  confirmation: z.string().default(""),
  reason: z.string().max(REASON_MAX_CHARS),
  separateRepeats: z.boolean(),
  rows: z
    .array(bulkRowSchema)
    .min(1, "The list has no rows to send.")
    .max(MAX_JOB_ROWS, `At most ${MAX_JOB_ROWS.toLocaleString("en")} rows per job.`),
});

export const jobControlSchema = z.object({
  jobId: z.uuid(),
  action: z.enum(["pause", "resume", "cancel", "approve"]),
});

export const retryJobSchema = z.object({
  jobId: z.uuid(),
  includeUnknown: z.boolean().default(false),
  confirmation: z.string().default(""),
});
