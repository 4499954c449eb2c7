"use client";

import { FieldMessages } from "@/components/ui/field-messages";
import { TEXT_MAX_CHARS } from "@/lib/zim/limits";
import { codePoints, utf8Bytes } from "@/lib/zim/text-length";

import { FieldHeader } from "./field-header";
import { LengthCounter } from "./length-counter";
import { useFieldBinding } from "./use-field-binding";

type TextPath = `friendInfos.${number}.wording` | `friendInfos.${number}.friendAlias`;

const INPUT_CLASS = "mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm aria-invalid:border-red-500";

/** ZIM counts Wording and FriendAlias in characters; bytes are shown too since some pages say bytes. */
export function TextField({ name, label, multiline = false }: { name: TextPath; label: string; multiline?: boolean }) {
  const { value, error, inputId, messagesId, inputProps } = useFieldBinding(name);
  const chars = codePoints(value);
  const bytes = utf8Bytes(value);
  return (
    <div>
      <FieldHeader inputId={inputId} label={label}>
        <LengthCounter
          label={`${label} length`}
          used={chars}
          limit={TEXT_MAX_CHARS}
          unit="chars"
          extra={bytes !== chars ? `${bytes} bytes` : undefined}
        />
      </FieldHeader>
      {multiline ? (
        <textarea rows={2} {...inputProps} className={INPUT_CLASS} />
      ) : (
        <input {...inputProps} className={INPUT_CLASS} />
      )}
      <FieldMessages id={messagesId} error={error} />
    </div>
  );
}
