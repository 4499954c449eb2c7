"use client";

import { Input } from "@/components/ui/field";
import { FieldMessages } from "@/components/ui/field-messages";

import { useFieldBinding } from "./use-field-binding";

/** Kept in the audit record and shown in History; never sent to ZIM. */
export function ReasonField() {
  const { error, inputId, messagesId, inputProps } = useFieldBinding("reason");
  return (
    <div>
      <label htmlFor={inputId} className="text-sm font-medium">
        Reason or ticket <span className="font-normal text-muted">(optional, kept in History)</span>
      </label>
      <Input {...inputProps} className="mt-1 w-full" />
      <FieldMessages id={messagesId} error={error} />
    </div>
  );
}
