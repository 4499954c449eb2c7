import type { ReactNode } from "react";

/** A field's label with its live counter on the right. */
export function FieldHeader({ inputId, label, children }: { inputId: string; label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-2">
      <label htmlFor={inputId} className="text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}
