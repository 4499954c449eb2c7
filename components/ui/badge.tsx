import type { ComponentProps } from "react";

const TONES = {
  danger: "bg-danger-strong text-white",
  neutral: "bg-subtle text-text",
} as const;

/** A short label beside a name, e.g. the production marker. */
export function Badge({ tone = "neutral", className = "", ...props }: ComponentProps<"strong"> & { tone?: keyof typeof TONES }) {
  return <strong className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${TONES[tone]} ${className}`} {...props} />;
}
