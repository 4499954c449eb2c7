import type { bulkChunk, bulkJob, bulkRow, send, sendTarget, zimCall } from "@/lib/db/schema";

/**
 * A row of `Table` as the seed writes it, the columns in `Keys`: taken from the schema so they
 * cannot drift from it, every one present, and dates as ISO strings (JSON carries them so, and
 * the writer reads them back as timestamptz).
 */
type SeedRow<Table extends { $inferInsert: object }, Keys extends keyof Table["$inferInsert"]> = {
  [Key in Keys]-?: Exclude<Table["$inferInsert"][Key], undefined> extends infer Value
    ? Value extends Date
      ? string
      : Value
    : never;
};

type WhoAndWhere = "operatorId" | "operatorEmail" | "environmentId" | "environmentName" | "production" | "appId";

export type SeedSend = SeedRow<
  typeof send,
  | "id"
  | "submissionId"
  | WhoAndWhere
  | "fromUserId"
  | "reason"
  | "input"
  | "request"
  | "status"
  | "code"
  | "codes"
  | "requestId"
  | "latencyMs"
  | "outcome"
  | "jobId"
  | "createdAt"
  | "completedAt"
>;

export type SeedTarget = SeedRow<typeof sendTarget, "sendId" | "position" | "userId" | "outcome" | "subCode">;

export type SeedCall = SeedRow<
  typeof zimCall,
  | "id"
  | WhoAndWhere
  | "source"
  | "action"
  | "reason"
  | "fromUserId"
  | "userIds"
  | "request"
  | "status"
  | "code"
  | "requestId"
  | "latencyMs"
  | "call"
  | "createdAt"
  | "completedAt"
>;

export type SeedJob = SeedRow<
  typeof bulkJob,
  "id" | WhoAndWhere | "reason" | "status" | "totalRows" | "totalChunks" | "createdAt" | "startedAt" | "finishedAt"
>;

export type SeedChunk = SeedRow<typeof bulkChunk, "jobId" | "index" | "fromUserId" | "rowNumbers" | "status" | "attempts">;

export type SeedBulkRow = SeedRow<
  typeof bulkRow,
  "jobId" | "rowNumber" | "input" | "outcome" | "subCode" | "sendId" | "requestId" | "sentAt"
>;

export type SeedBatch = {
  sends: SeedSend[];
  targets: SeedTarget[];
  calls: SeedCall[];
  jobs: SeedJob[];
  chunks: SeedChunk[];
  rows: SeedBulkRow[];
};

export const emptyBatch = (): SeedBatch => ({ sends: [], targets: [], calls: [], jobs: [], chunks: [], rows: [] });
