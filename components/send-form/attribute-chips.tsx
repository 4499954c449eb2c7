"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { ATTRIBUTES_MAX_BYTES } from "@/lib/zim/limits";
import { attributeBytes, type SendFormValues } from "@/lib/zim/send-schema";

import { counterLevel, LengthCounter } from "./length-counter";

const BAR_CLASS = { ok: "bg-accent", near: "bg-warning", over: "bg-danger" } as const;

/** The row's attributes at a glance ("k0=vip") and how much of the 1024-byte budget they use. */
export function AttributeChips({ row, onOpen }: { row: number; onOpen: () => void }) {
  const { control } = useFormContext<SendFormValues>();
  const attributes = (useWatch({ control, name: `friendInfos.${row}.attributes` }) ?? []).filter(Boolean);
  const used = attributeBytes(attributes);
  const level = counterLevel(used, ATTRIBUTES_MAX_BYTES);
  const summary = attributes.length === 0 ? "none" : attributes.map(({ key, value }) => `${key}=${value}`).join(", ");
  return (
    <div className="min-w-0">
      <span className="text-xs font-medium md:sr-only">Attributes</span>
      <div className="relative flex h-8 min-w-0 items-center gap-1 rounded border border-transparent px-1 hover:border-border">
        <button
          type="button"
          onClick={onOpen}
          aria-label={`Attributes of target ${row + 1}: ${summary}. Edit`}
          className="flex min-w-0 flex-1 items-center gap-1 overflow-hidden text-left"
        >
          {attributes.length === 0 && <span className="text-xs text-muted">none</span>}
          {attributes.map(({ key, value }) => (
            <span key={key} className="max-w-20 shrink-0 truncate rounded bg-subtle px-1 font-mono text-xs">
              {key}={value}
            </span>
          ))}
        </button>
        <LengthCounter label="Attribute budget" compact used={used} limit={ATTRIBUTES_MAX_BYTES} unit="bytes (keys + values)" />
        <span aria-hidden className="absolute inset-x-1 bottom-0.5 h-0.5 overflow-hidden rounded bg-subtle">
          <span
            className={`block h-full ${BAR_CLASS[level]}`}
            style={{ width: `${Math.min(100, (used / ATTRIBUTES_MAX_BYTES) * 100)}%` }}
          />
        </span>
      </div>
    </div>
  );
}
