import type { ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-accent-strong text-white hover:brightness-110 disabled:bg-muted disabled:text-canvas",
  secondary: "border border-border bg-surface text-text hover:bg-subtle disabled:text-muted",
  danger: "border border-danger-line bg-surface text-danger hover:bg-danger-soft disabled:text-muted",
} as const;

export function Button({
  variant = "secondary",
  className = "",
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof VARIANTS }) {
  return (
    <button
      type={type}
      className={`rounded px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
