import { describeCode } from "@/lib/zim/code-catalog";
import type { FriendInfoValues } from "@/lib/zim/send-schema";

import type { SendRecord } from "./send-record";

export type RetryPlan = {
  retry: FriendInfoValues[];
  excluded: { userId: string; reason: string }[];
};

/**
 * Which failed targets of a send can succeed if sent again: those failed by a rate limit, a busy
 * server, an expired signature or a transport error. Final failures are listed with their reason.
 */
export function planRetry(record: Pick<SendRecord, "input" | "outcome">): RetryPlan {
  const targets = record.input.friendInfos;
  const outcome = record.outcome;
  if (!outcome || (outcome.status !== "answered" && outcome.status !== "transport-failed")) {
    return {
      retry: [],
      excluded: targets.map(({ userId }) => ({ userId, reason: "Outcome unknown: check before sending again." })),
    };
  }
  if (outcome.status === "transport-failed") return { retry: [...targets], excluded: [] };
  const plan: RetryPlan = { retry: [], excluded: [] };
  for (const target of outcome.result.targets) {
    if (target.outcome === "sent") continue;
    const entry = describeCode(target.subCode ?? outcome.result.code);
    const input = targets[target.index];
    if (entry.retryable && input) plan.retry.push(input);
    else plan.excluded.push({ userId: target.userId, reason: `${entry.code}: ${entry.asSubCode ?? entry.meaning}` });
  }
  return plan;
}
