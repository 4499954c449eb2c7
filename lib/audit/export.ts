import { explainTarget } from "@/lib/results/explain-outcome";

import { toCsv } from "./csv";
import type { SendRecord } from "./send-record";

function humanTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone,
    timeZoneName: "shortOffset",
  }).format(new Date(iso));
}

/**
 * One row per target: when (ISO 8601 UTC for machines, and in the viewer's zone for people), who
 * sent it, the RequestId and ticket, then UserId, outcome, SubCode, meaning and what to do.
 */
export function sendToCsv(record: SendRecord, { timeZone = "UTC" }: { timeZone?: string } = {}): string {
  const header = [
    "SentAtUtc",
    `SentAt (${timeZone})`,
    "FromUserId",
    "RequestId",
    "Ticket",
    "UserId",
    "Outcome",
    "SubCode",
    "Meaning",
    "What to do",
  ];
  const context = [
    record.createdAt,
    humanTime(record.createdAt, timeZone),
    record.fromUserId,
    record.requestId ?? "",
    record.reason,
  ];
  const outcome = record.outcome;
  const rows =
    outcome?.status === "answered"
      ? outcome.result.targets.map((target) => {
          const explanation = explainTarget({ target: target, result: outcome.result });
          return [target.userId, explanation.label, explanation.code ?? "", explanation.meaning, explanation.action];
        })
      : record.input.friendInfos.map(({ userId }) => [
          userId,
          outcome?.status === "transport-failed" ? "Failed" : "Unknown",
          "",
          outcome?.status === "transport-failed" ? outcome.message : "The server stopped while this send was in flight.",
          outcome?.status === "transport-failed" ? "Retry: the call did not complete." : "Check the target before sending again.",
        ]);
  return toCsv([header, ...rows.map((row) => [...context, ...row])]);
}

/** Everything a ticket needs: who, where, when, the redacted request and what came back. */
export function sendToJson(record: SendRecord) {
  return {
    id: record.id,
    operator: record.operatorEmail,
    environment: { id: record.environmentId, name: record.environmentName, appId: record.appId, production: record.production },
    fromUserId: record.fromUserId,
    reason: record.reason,
    status: record.status,
    retryOf: record.retryOf,
    createdAt: record.createdAt,
    completedAt: record.completedAt,
    request: record.request,
    response:
      record.outcome?.status === "answered" || record.outcome?.status === "transport-failed"
        ? { status: record.outcome.call.status, body: record.outcome.call.responseBody, latencyMs: record.outcome.call.latencyMs }
        : null,
    targets:
      record.outcome?.status === "answered"
        ? record.outcome.result.targets.map(({ userId, outcome, subCode }) => ({ userId, outcome, subCode: subCode ?? null }))
        : record.input.friendInfos.map(({ userId }) => ({ userId, outcome: null, subCode: null })),
  };
}
