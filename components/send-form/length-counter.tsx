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
}: {
  used: number;
  limit: number;
  unit: string;
  extra?: string;
  label: string;
}) {
  const level = counterLevel(used, limit);
  return (
    <span
      role="status"
      aria-live="off"
      aria-label={label}
      data-level={level}
      className={`text-xs tabular-nums ${LEVEL_CLASS[level]}`}
    >
      {used}/{limit} {unit}
      {extra ? ` · ${extra}` : ""}
      {level === "over" ? " · over the limit" : ""}
    </span>
  );
}
