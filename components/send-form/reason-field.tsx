"use client";

import { FieldMessages } from "@/components/ui/field-messages";

import { useFieldBinding } from "./use-field-binding";

/** Kept in the audit record and shown in History; never sent to ZIM. */
export function ReasonField() {
  const { error, inputId, messagesId, inputProps } = useFieldBinding("reason");
  return (
    <div>
      <label htmlFor={inputId} className="text-sm font-medium">
        Reason or ticket <span className="font-normal text-slate-500">(optional, kept in History)</span>
      </label>
      <input {...inputProps} className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm" />
      <FieldMessages id={messagesId} error={error} />
    </div>
  );
}
