import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import type { SendResultKind } from "@/lib/zim/decode-send-result";
import type { SendFormValues } from "@/lib/zim/send-schema";
import type { CallRecord } from "@/lib/zim/transport-error";

/**
 * pending: written, call in flight. unknown: the process died in flight. unrecorded: the call went out
 * but its answer could not be stored. Otherwise how it ended.
 */
export type SendStatus = "pending" | "unknown" | "unrecorded" | "transport-failed" | SendResultKind;

export const SEND_STATUSES: readonly SendStatus[] = [
  "all-sent",
  "partial",
  "all-failed",
  "rejected",
  "transport-failed",
  "unknown",
  "unrecorded",
  "pending",
];

/** What a record keeps of the request: method, Signature-redacted URL and the exact body. */
export type RequestSummary = Pick<CallRecord, "method" | "url" | "requestBody">;

/** The outcome stored when a send completes: what the user was shown. */
export type StoredOutcome = SendAnswered | SendTransportFailed;

export type SendRecord = {
  id: string;
  submissionId: string;
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
  requestId: string | null;
  latencyMs: number | null;
  outcome: StoredOutcome | null;
  retryOf: string | null;
  /** The bulk job this send is a chunk of. */
  jobId: string | null;
  createdAt: string;
  completedAt: string | null;
};
