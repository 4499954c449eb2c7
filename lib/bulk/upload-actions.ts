import "server-only";

import { defineAction } from "@/lib/actions/define-action";

import { discardUploadSchema, stagePartSchema } from "./create-job-schema";
import { stagePart } from "./stage-part";
import { discardUpload } from "./upload-store";

/**
 * A part of a list before its last, sent while the operator reads the plan (served at
 * /api/bulk-upload, so that a click on Queue never waits behind it in the page's action queue).
 */
export const stageBulkRows = defineAction({
  name: "stageBulkRows",
  role: "operator",
  lane: "bulk",
  schema: () => stagePartSchema,
  handler: ({ uploadId, rows }, { caller }) => stagePart({ uploadId, caller, rows }),
});

/** Drops an upload the operator will not queue (served at /api/bulk-upload/discard). */
export const discardBulkUpload = defineAction({
  name: "discardBulkUpload",
  role: "operator",
  schema: () => discardUploadSchema,
  handler: async ({ uploadId }, { caller }) => ({
    status: "discarded" as const,
    rows: await discardUpload({ uploadId, caller }),
  }),
});
