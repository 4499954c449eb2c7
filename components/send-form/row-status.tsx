"use client";

import { useContext } from "react";
import { useFormState, useWatch } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

import { PREDICTION_TONE_CLASSES, PredictionsContext } from "./predictions-context";
import { listProblems } from "./problem-list";

/** The row's verdict before sending: its problems with the first code ZIM would answer, its preflight prediction, or ready. */
export function RowStatus({ row }: { row: number }) {
  const name = `friendInfos.${row}` as const;
  const { errors } = useFormState<SendFormValues>({ name });
  const userId = useWatch<SendFormValues, `friendInfos.${number}.userId`>({ name: `${name}.userId` });
  const rowErrors = errors.friendInfos?.[row];
  const problems = rowErrors ? listProblems({ [row]: rowErrors }) : [];
  const first = problems[0];
  const predicted = useContext(PredictionsContext).get(userId);
  return (
    <div className="min-w-0 text-xs" aria-label={`Status of target ${row + 1}`} role="status" aria-live="off">
      {first ? (
        <span className="font-semibold text-danger" title={first.message}>
          {problems.length === 1 ? "1 problem" : `${problems.length} problems`}
          {first.code !== undefined && <span className="block font-mono font-normal">{first.code}</span>}
        </span>
      ) : userId && predicted ? (
        <span className={PREDICTION_TONE_CLASSES[predicted.tone]} title={predicted.sentence}>
          <span className="sr-only">Predicted: </span>
          {predicted.label}
        </span>
      ) : userId ? (
        <span className="text-success">Ready</span>
      ) : (
        <span className="text-muted">Empty</span>
      )}
    </div>
  );
}
