"use client";

import { TEXT_MAX_CHARS, USER_ID_MAX_BYTES } from "@/lib/zim/limits";
import { codePoints, utf8Bytes } from "@/lib/zim/text-length";
import { userIdWarnings } from "@/lib/zim/user-id";

import { LengthCounter } from "./length-counter";
import { useFieldBinding } from "./use-field-binding";

export type GridTextColumn = "userId" | "wording" | "friendAlias";

const TITLES: Record<GridTextColumn, string> = { userId: "UserId", wording: "Wording", friendAlias: "FriendAlias" };

function counterFor(column: GridTextColumn, value: string) {
  if (column === "userId") return { used: utf8Bytes(value), limit: USER_ID_MAX_BYTES, unit: "bytes" };
  const chars = codePoints(value);
  const bytes = utf8Bytes(value);
  return { used: chars, limit: TEXT_MAX_CHARS, unit: "chars", extra: bytes !== chars ? `${bytes} bytes` : undefined };
}

/**
 * One text cell of the grid: the counter sits inside the box, and the error (with its code) shows on
 * hover or focus and is the input's accessible description. The label shows on narrow screens only,
 * where rows stack.
 */
export function GridTextCell({ row, column }: { row: number; column: GridTextColumn }) {
  const { value, error, inputId, messagesId, inputProps } = useFieldBinding(`friendInfos.${row}.${column}`);
  const title = TITLES[column];
  const warnings = column === "userId" ? userIdWarnings(value) : [];
  const counter = counterFor(column, value);
  return (
    <div className="group relative min-w-0">
      <label htmlFor={inputId} className="text-xs font-medium md:sr-only">
        {title}
      </label>
      <input
        {...inputProps}
        autoComplete="off"
        spellCheck={column !== "userId"}
        className={`h-8 w-full rounded border border-border bg-surface py-1 pr-16 pl-2 text-sm text-text aria-invalid:border-danger aria-invalid:bg-danger-soft ${column === "userId" ? "font-mono" : ""}`}
      />
      <span className="pointer-events-none absolute right-1.5 bottom-2 md:top-1/2 md:bottom-auto md:-translate-y-1/2">
        <LengthCounter label={`${title} length`} compact {...counter} />
      </span>
      <div
        id={messagesId}
        className={
          error || warnings.length > 0
            ? "invisible absolute top-full left-0 z-20 mt-1 w-72 rounded border border-border bg-surface p-2 text-xs shadow-lg group-focus-within:visible group-hover:visible"
            : "hidden"
        }
      >
        {error && <p className="text-danger">{error}</p>}
        {warnings.map((warning) => (
          <p key={warning} className="text-warning">
            Warning: {warning}
          </p>
        ))}
      </div>
    </div>
  );
}
