"use client";

import { Input, Textarea } from "@/components/ui/field";
import { FieldMessages } from "@/components/ui/field-messages";
import { TEXT_MAX_CHARS } from "@/lib/zim/limits";
import { codePoints, utf8Bytes } from "@/lib/zim/text-length";

import { FieldHeader } from "./field-header";
import { LengthCounter } from "./length-counter";
import { useFieldBinding } from "./use-field-binding";

type TextPath = `friendInfos.${number}.wording` | `friendInfos.${number}.friendAlias`;

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
        <Textarea rows={2} {...inputProps} className="mt-1 w-full" />
      ) : (
        <Input {...inputProps} className="mt-1 w-full" />
      )}
      <FieldMessages id={messagesId} error={error} />
    </div>
  );
}
