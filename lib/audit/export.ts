import { explainTarget } from "@/lib/results/explain-outcome";

import { toCsv } from "./csv";
import type { SendRecord } from "./send-record";

/** One row per target: UserId, outcome, SubCode, meaning, what to do. */
export function sendToCsv(record: SendRecord): string {
  const header = ["UserId", "Outcome", "SubCode", "Meaning", "What to do"];
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
  return toCsv([header, ...rows]);
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
