import type { SendOutcome } from "@/lib/results/send-outcome";
import type { SendResultKind } from "@/lib/zim/decode-send-result";
import type { SendFormValues } from "@/lib/zim/send-schema";
import type { CallRecord } from "@/lib/zim/transport-error";

/** pending: written, call in flight. unknown: the process died in flight. Otherwise how it ended. */
export type SendStatus = "pending" | "unknown" | "transport-failed" | SendResultKind;

export const SEND_STATUSES: readonly SendStatus[] = [
  "all-sent",
  "partial",
  "all-failed",
  "rejected",
  "transport-failed",
  "unknown",
  "pending",
];

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
  request: Pick<CallRecord, "method" | "url" | "requestBody">;
  status: SendStatus;
  code: number | null;
  requestId: string | null;
  latencyMs: number | null;
  outcome: SendOutcome | null;
  retryOf: string | null;
  createdAt: string;
  completedAt: string | null;
};
