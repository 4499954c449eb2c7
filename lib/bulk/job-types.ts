import type { FriendInfoValues } from "@/lib/zim/send-schema";

/**
 * awaiting-approval: a large production job waits for a second admin. queued: ready, no chunk sent
 * yet. running, paused, cancelled, finished: as they say; a cancelled job's in-flight chunk still ends.
 */
export type BulkJobStatus = "awaiting-approval" | "queued" | "running" | "paused" | "cancelled" | "finished";

export const BULK_JOB_STATUSES: readonly BulkJobStatus[] = [
  "awaiting-approval",
  "queued",
  "running",
  "paused",
  "cancelled",
  "finished",
];

/** sending: claimed by a process, its call may be out. unknown: that process died with the call out. */
export type ChunkStatus = "queued" | "sending" | "done" | "unknown" | "cancelled";

/** How one row ended; `unknown` rows went out in a call whose answer was lost, and are never re-sent by the app. */
export type RowOutcome = "queued" | "sending" | "sent" | "failed" | "unknown" | "cancelled";

export const ROW_OUTCOMES: readonly RowOutcome[] = ["queued", "sending", "sent", "failed", "unknown", "cancelled"];

export function isRowOutcome(value: string): value is RowOutcome {
  return (ROW_OUTCOMES as readonly string[]).includes(value);
}

export type BulkJobEventKind =
  "created" | "started" | "approved" | "paused" | "resumed" | "cancelled" | "finished" | "interrupted";

/** One target of a bulk list: a form target and the FromUserId it is sent from. */
export type RowInput = FriendInfoValues & { fromUserId: string };
