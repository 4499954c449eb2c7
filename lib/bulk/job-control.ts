import "server-only";

import type { Refusal } from "@/lib/actions/action-result";
import type { Caller } from "@/lib/auth/caller";
import { hasRole } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";

import { finishIfDone } from "./chunk-runner";
import { getJob, transitionJob } from "./job-store";
import type { BulkJobEventKind, BulkJobStatus } from "./job-types";

type Control = "pause" | "resume" | "cancel" | "approve";

const MOVES: Record<Control, { from: readonly BulkJobStatus[]; to: BulkJobStatus; event: BulkJobEventKind; verb: string }> = {
  pause: { from: ["queued", "running"], to: "paused", event: "paused", verb: "paused" },
  resume: { from: ["paused"], to: "running", event: "resumed", verb: "resumed" },
  cancel: { from: ["awaiting-approval", "queued", "running", "paused"], to: "cancelled", event: "cancelled", verb: "cancelled" },
  approve: { from: ["awaiting-approval"], to: "queued", event: "approved", verb: "approved" },
};

/**
 * Pause, resume, cancel or approve a job. Anyone who may send may control a job of a test
 * environment; a production job needs an admin, and its approval a second admin, not its creator.
 */
export async function controlJob({
  jobId,
  action,
  caller,
}: {
  jobId: string;
  action: Control;
  caller: Caller;
}): Promise<{ status: "done"; message: string } | Refusal> {
  const job = await getJob(jobId);
  if (!job) return { status: "failed", message: "No such job." };
  if ((job.production || action === "approve") && !hasRole(caller.role, "admin")) {
    return { status: "denied", message: `Only admins can ${action} a production job.` };
  }
  if (action === "approve" && job.operatorId === caller.id) {
    return { status: "denied", message: "A second admin must approve this job: you created it." };
  }
  const move = MOVES[action];
  const moved = await transitionJob({
    id: jobId,
    from: move.from,
    to: move.to,
    event: move.event,
    actorEmail: caller.email,
    set: action === "approve" ? { approvedByEmail: caller.email } : {},
  });
  if (!moved) return { status: "failed", message: `The job is ${job.status}: it cannot be ${move.verb} now.` };
  // A job resumed with nothing left to send (its last chunk ended while paused) is finished.
  if (action === "resume") await finishIfDone(await getDb(), jobId);
  return { status: "done", message: `Job ${move.verb}.` };
}
