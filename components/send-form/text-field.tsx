"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { TEXT_MAX_CHARS } from "@/lib/zim/limits";
import type { SendFormValues } from "@/lib/zim/send-schema";
import { codePoints, utf8Bytes } from "@/lib/zim/text-length";
import { FieldMessages } from "@/components/ui/field-messages";
import { fieldId } from "./field-id";
import { LengthCounter } from "./length-counter";
import { useFieldError } from "./use-field-error";

type TextPath = `friendInfos.${number}.wording` | `friendInfos.${number}.friendAlias`;

/** ZIM counts Wording and FriendAlias in characters; bytes are shown too since some pages say bytes. */
export function TextField({ name, label, multiline = false }: { name: TextPath; label: string; multiline?: boolean }) {
  const { register, control } = useFormContext<SendFormValues>();
  const value = useWatch({ control, name }) ?? "";
  const error = useFieldError(name);
  const chars = codePoints(value);
  const bytes = utf8Bytes(value);
  const inputId = fieldId(name);
  const messagesId = fieldId(name, "messages");
  const inputClass = "mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm aria-invalid:border-red-500";
  const inputProps = { id: inputId, ...register(name), "aria-invalid": error ? true : undefined, "aria-describedby": messagesId };
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={inputId} className="text-sm font-medium">
          {label}
        </label>
        <LengthCounter
          label={`${label} length`}
          used={chars}
          limit={TEXT_MAX_CHARS}
          unit="chars"
          extra={bytes !== chars ? `${bytes} bytes` : undefined}
        />
      </div>
      {multiline ? <textarea rows={2} {...inputProps} className={inputClass} /> : <input {...inputProps} className={inputClass} />}
      <FieldMessages id={messagesId} error={error} />
    </div>
  );
}
