"use client";

import { NEAR_LIMIT_RATIO } from "@/lib/zim/limits";

export type CounterLevel = "ok" | "near" | "over";

export function counterLevel(used: number, limit: number): CounterLevel {
  if (used > limit) return "over";
  return used >= limit * NEAR_LIMIT_RATIO ? "near" : "ok";
}

const LEVEL_CLASS: Record<CounterLevel, string> = {
  ok: "text-muted",
  near: "text-warning font-medium",
  over: "text-danger font-semibold",
};

/** A live "used / limit unit" counter; amber near the limit, red past it. */
export function LengthCounter({
  used,
  limit,
  unit,
  extra,
  label,
  compact = false,
}: {
  used: number;
  limit: number;
  unit: string;
  extra?: string;
  label: string;
  /** Shows only "used/limit"; the rest is still read out. */
  compact?: boolean;
}) {
  const level = counterLevel(used, limit);
  const rest = `${unit}${extra ? ` · ${extra}` : ""}${level === "over" ? " · over the limit" : ""}`;
  return (
    <span
      role="status"
      aria-live="off"
      aria-label={label}
      data-level={level}
      className={`text-xs tabular-nums ${LEVEL_CLASS[level]}`}
    >
      {used}/{limit} {compact ? <span className="sr-only">{rest}</span> : rest}
    </span>
  );
}
