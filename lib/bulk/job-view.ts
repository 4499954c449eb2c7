import type { BulkJobEventKind, BulkJobStatus, RowOutcome } from "./job-types";

/** What the job page polls: the job, its counts and pace, as JSON. */
export type JobView = {
  id: string;
  status: BulkJobStatus;
  operatorEmail: string;
  environmentName: string;
  production: boolean;
  reason: string;
  totalRows: number;
  totalChunks: number;
  retryOf: string | null;
  approvedByEmail: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: Record<RowOutcome, number>;
  subCodes: { subCode: number; rows: number }[];
  calls: number;
  callsPerSecond: number | null;
  events: { kind: BulkJobEventKind; actorEmail: string; createdAt: string }[];
};

export type JobRowView = {
  rowNumber: number;
  fromUserId: string;
  userId: string;
  outcome: RowOutcome;
  subCode: number | null;
  requestId: string | null;
  sendId: string | null;
};

export function isActive(status: BulkJobStatus): boolean {
  return status === "queued" || status === "running" || status === "awaiting-approval" || status === "paused";
}

/** Still changing: active, or cancelled with a chunk in flight that has yet to end. */
export function isLive(job: Pick<JobView, "status" | "counts">): boolean {
  return isActive(job.status) || job.counts.sending > 0;
}
