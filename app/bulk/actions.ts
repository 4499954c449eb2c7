"use server";

import { revalidatePath } from "next/cache";

import { defineAction, defineZimAction } from "@/lib/actions/define-action";
import { hasRole } from "@/lib/auth/roles";
import { createJobSchema, jobControlSchema, retryJobSchema } from "@/lib/bulk/create-job-schema";
import { controlJob } from "@/lib/bulk/job-control";
import { createJob, getJob } from "@/lib/bulk/job-store";
import { planChunks } from "@/lib/bulk/plan-chunks";
import { rowsToRetry } from "@/lib/bulk/rows-to-retry";
import { validateRows } from "@/lib/bulk/validate-rows";
import { wakeBulkWorkers } from "@/lib/bulk/worker";
import { getServerConfig } from "@/lib/config/env";
import { fail, ok } from "@/lib/result/result";
import { timeStep } from "@/lib/timing/step-timer";
import { isStorableText } from "@/lib/zim/storable-text";

export const createBulkJobAction = defineZimAction({
  name: "createBulkJob",
  role: "operator",
  schema: () => createJobSchema,
  environment: ({ environmentId, confirmation, rows }) => ({
    environmentId,
    confirmation,
    expected: { label: "number of targets", value: String(rows.length) },
  }),
  handler: async ({ rows, reason, separateRepeats }, { caller, environment }) => {
    if (!isStorableText(reason)) {
      return { status: "invalid", issues: [{ path: "reason", message: "The reason holds U+0000 or half of a surrogate pair." }] };
    }
    const problems = await timeStep("rowChecks", async () => validateRows(rows, { separateRepeats }));
    if (problems.length > 0) {
      const shown = problems.slice(0, 5).map((problem) => `row ${problem.rowNumber} ${problem.field}: ${problem.message}`);
      const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
      return { status: "invalid", issues: [{ path: "rows", message: `Nothing was queued. ${shown.join("; ")}${more}.` }] };
    }
    const { batchLimit, bulkApprovalThreshold } = getServerConfig();
    const plan = planChunks(rows, { batchLimit });
    const needsApproval = environment.production && rows.length > bulkApprovalThreshold;
    const job = await timeStep("jobWrite", () =>
      createJob({ caller, environment, reason, rows, chunks: plan.chunks, needsApproval }),
    );
    wakeBulkWorkers();
    revalidatePath("/bulk");
    return { status: "created" as const, jobId: job.id, needsApproval };
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
    const plan = planChunks(rows, { batchLimit });
    const needsApproval = environment.production && rows.length > bulkApprovalThreshold;
    const retry = await createJob({
      caller,
      environment,
      reason: job.reason,
      rows,
      chunks: plan.chunks,
      needsApproval,
      retryOf: job.id,
    });
    wakeBulkWorkers();
    revalidatePath("/bulk");
    return { status: "created" as const, jobId: retry.id, needsApproval };
  },
});
