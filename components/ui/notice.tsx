import type { ComponentProps } from "react";

export type Tone = "info" | "warning" | "error" | "success";

const TONES: Record<Tone, string> = {
  info: "border-info-line bg-info-soft",
  warning: "border-warning-line bg-warning-soft",
  error: "border-danger-line bg-danger-soft text-danger",
  success: "border-success-line bg-success-soft",
};

/** A boxed message; give it `role="alert"` when it reports a problem the user just caused. */
export function Notice({ tone, className = "", ...props }: ComponentProps<"div"> & { tone: Tone }) {
  return <div className={`rounded border p-3 text-sm ${TONES[tone]} ${className}`} {...props} />;
}

/** The panel around a result or a form section, tinted by how it ended. */
export function Panel({ tone, className = "", ...props }: ComponentProps<"div"> & { tone?: Tone }) {
  return <div className={`rounded-lg border p-4 ${tone ? TONES[tone] : "border-border bg-surface"} ${className}`} {...props} />;
}
