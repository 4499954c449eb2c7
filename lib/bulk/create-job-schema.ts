import { z } from "zod";

import { REASON_MAX_CHARS } from "@/lib/zim/send-schema";

/** A text field of a row: left out when empty (see `packRows`). */
const field = (max: number) => z.string().max(max).default("");

/** Rows as the browser read them; the server checks them again with the form's rules before writing a job. */
export const bulkRowSchema = z.object({
  rowNumber: z.number().int().min(2),
  fromUserId: field(1000),
  userId: field(1000),
  wording: field(10_000),
  friendAlias: field(10_000),
  createTime: field(100),
  updateTime: field(100),
  attributes: z
    .array(z.object({ key: field(100), value: field(10_000) }))
    .max(20)
    .default([]),
});

/** The most rows one job may hold. */
export const MAX_JOB_ROWS = 200_000;

/**
 * The rows travel as one JSON text. React's encoding of an action's arguments walks every object
 * of the list on both sides (about 3 s for 100,000 rows here); one JSON.parse takes a tenth of that.
 */
const rowsText = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "The list did not arrive whole: queue it again." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(bulkRowSchema)
      .min(1, "The list has no rows to send.")
      .max(MAX_JOB_ROWS, `At most ${MAX_JOB_ROWS.toLocaleString("en")} rows per job.`),
  );

/** Rows the browser sends per request: a long list goes up in parts, so no request holds all of it. */
export const UPLOAD_PART_ROWS = 10_000;

/** A part of a list before its last (see `UPLOAD_PART_ROWS`). */
export const stagePartSchema = z.object({
  uploadId: z.uuid(),
  rows: rowsText,
});

/** An upload the operator will not queue: the list changed, or its job was refused. */
export const discardUploadSchema = z.object({ uploadId: z.uuid() });

export const createJobSchema = z.object({
  /** The upload that holds the list's earlier parts, if it was sent in parts; `rows` is its last. */
  uploadId: z.uuid().optional(),
  environmentId: z.string().min(1),
  confirmation: z.string().default(""),
  reason: z.string().max(REASON_MAX_CHARS),
  separateRepeats: z.boolean(),
  /** The rows as `packRows` sends them. */
  rows: rowsText,
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
