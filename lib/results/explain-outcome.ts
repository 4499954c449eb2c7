import { describeCode, type CodeEntry } from "@/lib/zim/code-catalog";
import type { DecodedSendResult, SendResultKind, TargetOutcome } from "@/lib/zim/decode-send-result";

export type TargetExplanation = { label: "Sent" | "Failed"; code?: number; meaning: string; action: string; retryable: boolean };

const SENT: TargetExplanation = {
  label: "Sent",
  meaning:
    "Request delivered: it waits up to 7 days for the target to accept, or was accepted at once if the target still had FromUserId as a friend.",
  action: "Nothing to do.",
  retryable: false,
};

/** What one row of the result table says, from its SubCode or from the call's Code. */
export function explainTarget({ target, result }: { target: TargetOutcome; result: DecodedSendResult }): TargetExplanation {
  if (target.outcome === "sent") return SENT;
  if (target.subCode !== undefined) {
    const entry = describeCode(target.subCode);
    const meaning = entry.asSubCode ?? entry.meaning;
    return { label: "Failed", code: target.subCode, meaning, action: entry.action, retryable: entry.retryable };
  }
  const call = describeCode(result.code);
  const meaning =
    result.kind === "rejected"
      ? `Not sent: ZIM rejected the whole call with Code ${result.code} (see above).`
      : `Not sent: ZIM gave no code for this user; the call answered Code ${result.code}.`;
  return { label: "Failed", meaning, action: call.action, retryable: call.retryable };
}

export const KIND_HEADLINES: Record<SendResultKind, string> = {
  "all-sent": "Every friend request was sent",
  partial: "Partly sent: some targets failed",
  "all-failed": "Every target failed",
  rejected: "ZIM rejected the whole call",
};

/** Failures grouped by their code, largest group first; failures without a code group under the call's Code. */
export function groupFailures(result: DecodedSendResult): { entry: CodeEntry; userIds: string[] }[] {
  const groups = new Map<number, string[]>();
  for (const target of result.targets) {
    if (target.outcome !== "failed") continue;
    const code = target.subCode ?? result.code;
    groups.set(code, [...(groups.get(code) ?? []), target.userId]);
  }
  return [...groups.entries()]
    .map(([code, userIds]) => ({ entry: describeCode(code), userIds }))
    .sort((a, b) => b.userIds.length - a.userIds.length);
}
