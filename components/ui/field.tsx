import type { ComponentProps } from "react";

/** The one look of every text box, text area and picker; red when the field is marked invalid. */
const FIELD = "rounded border border-border bg-surface px-2 py-1 text-text aria-invalid:border-danger disabled:text-muted";

/** Small text unless the caller sets a size (code editors use text-xs). */
function fieldClass(className: string): string {
  return `${FIELD} ${/\btext-(xs|sm|base|lg)\b/.test(className) ? "" : "text-sm"} ${className}`;
}

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={fieldClass(className)} {...props} />;
}

export function Textarea({ className = "", ...props }: ComponentProps<"textarea">) {
  return <textarea className={fieldClass(className)} {...props} />;
}

export function Select({ className = "", ...props }: ComponentProps<"select">) {
  return <select className={fieldClass(className)} {...props} />;
}

/** A field's label, small or regular. */
export function Label({ className = "", size = "sm", ...props }: ComponentProps<"label"> & { size?: "xs" | "sm" }) {
  return <label className={`${size === "xs" ? "text-xs" : "text-sm"} font-medium ${className}`} {...props} />;
}
