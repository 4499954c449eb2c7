import { PREDICTION_TONE_CLASSES } from "@/components/send-form/predictions-context";
import { predictionBadge } from "@/lib/preflight/labels";
import type { TargetPrediction } from "@/lib/preflight/prediction";

/** A prediction's short label in its colour: red for a failure, amber for a friend added without consent. */
export function PredictionBadge({ prediction }: { prediction: Pick<TargetPrediction, "kind" | "code"> }) {
  const { label, tone } = predictionBadge(prediction);
  return <span className={`text-xs whitespace-nowrap ${PREDICTION_TONE_CLASSES[tone]}`}>{label}</span>;
}
