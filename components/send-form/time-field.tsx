"use client";

import { Input } from "@/components/ui/field";
import { FieldMessages } from "@/components/ui/field-messages";

import { fieldId } from "./field-id";
import { useFieldBinding } from "./use-field-binding";

type TimePath = `friendInfos.${number}.createTime` | `friendInfos.${number}.updateTime`;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** `datetime-local` works in local time; ZIM wants Unix milliseconds. */
function toLocalInput(ms: string): string {
  if (!/^\d+$/.test(ms) || ms === "0") return "";
  const date = new Date(Number(ms));
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function fromLocalInput(local: string): string {
  if (local === "") return "";
  const ms = new Date(local).getTime();
  return Number.isNaN(ms) ? "" : String(ms);
}

/** A millisecond field with a local-time picker beside it; empty or 0 means "server time". */
export function TimeField({ name, label }: { name: TimePath; label: string }) {
  const { value, error, inputId, messagesId, inputProps, setValue } = useFieldBinding(name);
  const hintId = fieldId(name, "hint");
  return (
    <div>
      <label htmlFor={inputId} className="text-sm font-medium">
        {label}
      </label>
      <span id={hintId} className="ml-1 text-xs text-muted">
        Unix ms; empty or 0 = server time
      </span>
      <div className="mt-1 flex gap-2">
        <Input
          {...inputProps}
          inputMode="numeric"
          placeholder="server time"
          aria-describedby={`${hintId} ${messagesId}`}
          className="w-40 font-mono"
        />
        <Input
          type="datetime-local"
          step={1}
          aria-label={`${label} in local time`}
          value={toLocalInput(value)}
          onChange={(event) => setValue(fromLocalInput(event.target.value))}
        />
      </div>
      <FieldMessages id={messagesId} error={error} />
    </div>
  );
}
