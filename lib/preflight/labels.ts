import type { TargetPrediction } from "./prediction";

export type PredictionTone = "danger" | "warning" | "success" | "neutral";

/** The badge text and colour of a prediction: a failure names its code; a consent-free add is a warning. */
export function predictionBadge(prediction: Pick<TargetPrediction, "kind" | "code">): { label: string; tone: PredictionTone } {
  if (prediction.code !== null) return { label: `Fails ${prediction.code}`, tone: "danger" };
  if (prediction.kind === "auto-accept") return { label: "Friend at once", tone: "warning" };
  if (prediction.kind === "pending") return { label: "Pending request", tone: "success" };
  return { label: "Unknown", tone: "neutral" };
}
