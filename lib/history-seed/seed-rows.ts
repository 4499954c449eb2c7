import type { CallSource, CallStatus } from "@/lib/audit/logged-call";
import type { RequestSummary, SendStatus, StoredOutcome } from "@/lib/audit/send-record";
import type { BulkJobStatus, ChunkStatus, RowInput, RowOutcome } from "@/lib/bulk/job-types";
import type { SendFormValues } from "@/lib/zim/send-schema";
import type { CallRecord } from "@/lib/zim/transport-error";

/** The rows one seeded slice of history writes, shaped as the tables' columns (see lib/db/schema). */
export type SeedSend = {
  id: string;
  submissionId: string;
  operatorId: string;
  operatorEmail: string;
  environmentId: string;
  environmentName: string;
  production: boolean;
  appId: number;
  fromUserId: string;
  reason: string;
  input: SendFormValues;
  request: RequestSummary;
  status: SendStatus;
  code: number | null;
  codes: number[];
  requestId: string | null;
  latencyMs: number | null;
  outcome: StoredOutcome | null;
  jobId: string | null;
  createdAt: string;
  completedAt: string | null;
};

export type SeedTarget = { sendId: string; position: number; userId: string; outcome: string | null; subCode: number | null };

export type SeedCall = {
  id: string;
  operatorId: string;
  operatorEmail: string;
  environmentId: string;
  environmentName: string;
  production: boolean;
  appId: number;
  source: CallSource;
  action: string;
  reason: string;
  fromUserId: string;
  userIds: string[];
  request: RequestSummary;
  status: CallStatus;
  code: number | null;
  requestId: string | null;
  latencyMs: number | null;
  call: CallRecord | null;
  createdAt: string;
  completedAt: string | null;
};

export type SeedJob = {
  id: string;
  operatorId: string;
  operatorEmail: string;
  environmentId: string;
  environmentName: string;
  production: boolean;
  appId: number;
  reason: string;
  status: BulkJobStatus;
  totalRows: number;
  totalChunks: number;
  createdAt: string;
  startedAt: string;
  finishedAt: string;
};

export type SeedChunk = {
  jobId: string;
  index: number;
  fromUserId: string;
  rowNumbers: number[];
  status: ChunkStatus;
  attempts: number;
};

export type SeedRow = {
  jobId: string;
  rowNumber: number;
  chunkIndex: number;
  input: RowInput;
  outcome: RowOutcome;
  subCode: number | null;
  sendId: string | null;
  requestId: string | null;
  sentAt: string | null;
};

export type SeedBatch = {
  sends: SeedSend[];
  targets: SeedTarget[];
  calls: SeedCall[];
  jobs: SeedJob[];
  chunks: SeedChunk[];
  rows: SeedRow[];
};

export const emptyBatch = (): SeedBatch => ({ sends: [], targets: [], calls: [], jobs: [], chunks: [], rows: [] });
