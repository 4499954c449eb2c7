"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";

import { defineAction, defineZimAction } from "@/lib/actions/define-action";
import { hasRole } from "@/lib/auth/roles";
import { createJobSchema, jobControlSchema, retryJobSchema } from "@/lib/bulk/create-job-schema";
import { controlJob } from "@/lib/bulk/job-control";
import { createJob, getJob } from "@/lib/bulk/job-store";
import { queueRows } from "@/lib/bulk/queue-rows";
import { rowsToRetry } from "@/lib/bulk/rows-to-retry";
import { refuseRows, stagePart } from "@/lib/bulk/stage-part";
import { discardUpload, stagedRowCount } from "@/lib/bulk/upload-store";
import { repeatProblem } from "@/lib/bulk/validate-rows";
import { wakeBulkWorkers } from "@/lib/bulk/worker";
import { getServerConfig } from "@/lib/config/env";
import { fail, ok } from "@/lib/result/result";
import { timeStep } from "@/lib/timing/step-timer";
import { isStorableText } from "@/lib/zim/storable-text";

/** Queues a list: `rows` alone, or the last part of an upload whose earlier parts went to /api/bulk-upload. */
export const createBulkJobAction = defineZimAction({
  name: "createBulkJob",
  role: "operator",
  lane: "bulk",
  schema: () => createJobSchema,
  load: async ({ uploadId }) => ok({ staged: uploadId ? await stagedRowCount(uploadId) : 0 }),
  environment: ({ environmentId, confirmation, rows }, { staged }) => ({
    environmentId,
    confirmation,
    expected: { label: "number of targets", value: String(staged + rows.length) },
  }),
  handler: async ({ uploadId = randomUUID(), rows, reason, separateRepeats }, { caller, environment }) => {
    if (!isStorableText(reason)) {
      return { status: "invalid", issues: [{ path: "reason", message: "The reason holds U+0000 or half of a surrogate pair." }] };
    }
    const part = await stagePart({ uploadId, caller, rows });
    if (part.status !== "staged") return part;
    const { batchLimit, bulkApprovalThreshold } = getServerConfig();
    const needsApproval = environment.production && part.staged > bulkApprovalThreshold;
    const created = await timeStep("jobWrite", () =>
      createJob({ caller, environment, reason, uploadId, batchLimit, needsApproval, refuseRepeats: !separateRepeats }),
    );
    if (created.status === "gone") return { status: "failed", message: "This list was queued already: see the jobs below." };
    if (created.status === "repeats") {
      await discardUpload({ uploadId, caller });
      return refuseRows(created.rowNumbers.map(repeatProblem));
    }
    wakeBulkWorkers();
    revalidatePath("/bulk");
    return { status: "created" as const, jobId: created.job.id, needsApproval };
  },
});

export const controlBulkJobAction = defineAction({
  name: "controlBulkJob",
  role: "operator",
  schema: () => jobControlSchema,
  handler: async ({ jobId, action }, { caller }) => {
    const result = await controlJob({ jobId, action, caller });
    if (result.status === "done") {
      wakeBulkWorkers();
      revalidatePath(`/bulk/${jobId}`);
    }
    return result;
  },
});

export const retryBulkJobAction = defineZimAction({
  name: "retryBulkJob",
  role: "operator",
  lane: "bulk",
  schema: () => retryJobSchema,
  load: async ({ jobId, includeUnknown }) => {
    const job = await getJob(jobId);
    if (!job) return fail({ status: "failed" as const, message: "No such job." });
    const rows = await rowsToRetry({ jobId, includeUnknown });
    if (rows.length === 0)
      return fail({ status: "failed" as const, message: "No row of this job can succeed by sending again." });
    return ok({ job, rows });
  },
  // A retry goes where the job went, confirmed by its own count of targets.
  environment: ({ confirmation }, { job, rows }) => ({
    environmentId: job.environmentId,
    confirmation,
    expected: { label: "number of targets", value: String(rows.length) },
  }),
  handler: async (_input, { caller, environment, loaded: { job, rows } }) => {
    const { batchLimit, bulkApprovalThreshold } = getServerConfig();
    if (job.production && !hasRole(caller.role, "admin")) {
      return { status: "denied", message: "Only admins can retry a production job." };
    }
    const needsApproval = environment.production && rows.length > bulkApprovalThreshold;
    const retry = await queueRows({ caller, environment, reason: job.reason, rows, batchLimit, needsApproval, retryOf: job.id });
    if (!retry.ok) return { status: "failed", message: retry.error };
    wakeBulkWorkers();
    revalidatePath("/bulk");
    return { status: "created" as const, jobId: retry.value.id, needsApproval };
  },
});
