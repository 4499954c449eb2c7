import type { CallRecord } from "@/lib/zim/transport-error";

import type { RequestSummary } from "./send-record";

/** Which tool made a call: QA's send-as-is and suites, the send form's read-only checks, the user lookup. */
export type CallSource = "as-is" | "suite" | "check" | "lookup";

/** pending: written, call in flight. unknown: its process died in flight. Otherwise how it ended. */
export type CallStatus = "pending" | "answered" | "transport-failed" | "unknown";

/** A QA call as History lists it. */
export type LoggedCall = {
  id: string;
  operatorEmail: string;
  environmentName: string;
  appId: number;
  production: boolean;
  source: CallSource;
  action: string;
  probe: string;
  reason: string;
  fromUserId: string;
  userIds: string[];
  status: CallStatus;
  code: number | null;
  requestId: string | null;
  request: RequestSummary;
  call: CallRecord | null;
  createdAt: string;
};
