import "server-only";

import type { Refusal } from "@/lib/actions/action-result";
import { completeSend, markUnrecorded, recordPendingSend } from "@/lib/audit/send-store";
import type { Caller } from "@/lib/auth/caller";
import { getServerConfig, type Environment } from "@/lib/config/env";
import type { SendAnswered, SendTransportFailed, SentTo } from "@/lib/results/send-outcome";
import { stepTimings, timeStep } from "@/lib/timing/step-timer";
import { toSendFriendApplicationBody } from "@/lib/zim/build-body";
import { executeZimCall, prepareZimCall } from "@/lib/zim/client";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import type { SendFormValues } from "@/lib/zim/send-schema";
import { ZimTransportError } from "@/lib/zim/transport-error";
import { sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

function sentTo({ id, name, appId, production }: Environment): SentTo {
  return { id, name, appId, production };
}

/**
 * Records the send, then signs and forwards it, then records what came back. A submission id
 * already recorded is answered from the record, never sent again.
 */
export async function sendAndRecord({
  values,
  environment,
  caller,
  submissionId,
  retryOf,
  jobId,
}: {
  values: SendFormValues;
  environment: Environment;
  caller: Caller;
  submissionId: string;
  retryOf?: string;
  /** The bulk job this send is a chunk of: it then gives way to interactive calls under the pace. */
  jobId?: string;
}): Promise<SendAnswered | SendTransportFailed | Refusal> {
  const prepared = prepareZimCall({
    backend: environment,
    action: "SendFriendApplication",
    method: "POST",
    params: toSendFriendApplicationBody(values),
  });
  const pending = await timeStep("auditWrite", () =>
    recordPendingSend({
      submissionId,
      caller,
      environment,
      values,
      retryOf,
      jobId,
      request: { method: prepared.method, url: prepared.redactedUrl, requestBody: prepared.requestBody },
    }),
  );
  if (pending.kind === "mismatch") {
    return {
      status: "invalid",
      issues: [
        {
          path: "submissionId",
          message: "This submission id belongs to another send. Nothing was sent: send again from a fresh form.",
        },
      ],
    };
  }
  if (pending.kind === "repeated") {
    const { record } = pending;
    if (record.outcome) return record.outcome;
    const message =
      record.status === "unrecorded"
        ? "This submission went out already, but its answer could not be recorded. Do not send it again: see History."
        : "This submission is already being sent; its result will appear in History.";
    return { status: "failed", message };
  }
  const { record } = pending;
  const base = { sendId: record.id, environment: sentTo(environment), sentAt: record.createdAt };
  let outcome: SendAnswered | SendTransportFailed;
  try {
    const { data, record: call } = await executeZimCall(prepared, {
      schema: sendFriendApplicationResponseSchema,
      timeoutMs: getServerConfig().timeoutMs,
      lane: jobId ? "bulk" : "interactive",
    });
    const result = decodeSendResult({ requestedUserIds: values.friendInfos.map((target) => target.userId), response: data });
    outcome = { status: "answered", result, call, ...base };
  } catch (error) {
    if (!(error instanceof ZimTransportError)) throw error;
    outcome = { status: "transport-failed", failure: error.failure, message: error.message, call: error.record, ...base };
  }
  const recorded = await timeStep("auditCompletion", () => recordOutcome({ id: record.id, outcome }));
  const timing = stepTimings();
  return timing ? { ...recorded, timing } : recorded;
}

/**
 * Stores the outcome of a call that has gone out. If even that fails, the user must not read "try
 * again": the send is marked unrecorded for History and the outcome says so.
 */
async function recordOutcome({ id, outcome }: { id: string; outcome: SendAnswered | SendTransportFailed }) {
  try {
    return await completeSend({ id, outcome });
  } catch (error) {
    console.error(`Recording the answer of send ${id} failed: ${error instanceof Error ? error.name : typeof error}`);
    await markUnrecorded({ id }).catch(() => undefined);
    return { ...outcome, unrecorded: true };
  }
}
