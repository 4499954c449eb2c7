"use client";

import { createContext } from "react";

import type { PredictionTone } from "@/lib/preflight/labels";

/** Each checked target's prediction badge, by UserId, for the grid's status column. */
export type RowPredictions = ReadonlyMap<string, { label: string; tone: PredictionTone; sentence: string }>;

export const PredictionsContext = createContext<RowPredictions>(new Map());

export const PREDICTION_TONE_CLASSES: Record<PredictionTone, string> = {
  danger: "font-semibold text-danger",
  warning: "rounded bg-warning-soft px-1 font-semibold text-warning",
  success: "text-success",
  neutral: "text-muted",
};
