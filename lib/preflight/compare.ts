import type { DecodedSendResult, TargetOutcome } from "@/lib/zim/decode-send-result";

import type { TargetPrediction } from "./prediction";

/** What the send did for one target: sent, or failed with a code (the SubCode, or the call's Code). */
export type ActualOutcome = { sent: boolean; code?: number };

/** Whether the send went as predicted; null when there was no prediction to hold it to. */
export function matchesPrediction(prediction: TargetPrediction | undefined, actual: ActualOutcome): boolean | null {
  if (!prediction || prediction.succeeds === null) return null;
  if (prediction.succeeds) return actual.sent;
  return !actual.sent && actual.code === prediction.code;
}

/** A decoded target's outcome; a target of a rejected call failed with the call's Code. */
export function actualOutcome(target: TargetOutcome, result: Pick<DecodedSendResult, "kind" | "code">): ActualOutcome {
  if (target.outcome === "sent") return { sent: true };
  return { sent: false, code: target.subCode ?? (result.kind === "rejected" ? result.code : undefined) };
}
