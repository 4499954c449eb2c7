"use client";

import { Input } from "@/components/ui/field";
import { FieldMessages } from "@/components/ui/field-messages";
import { USER_ID_MAX_BYTES } from "@/lib/zim/limits";
import { utf8Bytes } from "@/lib/zim/text-length";
import { userIdWarnings } from "@/lib/zim/user-id";

import { FieldHeader } from "./field-header";
import { LengthCounter } from "./length-counter";
import { useFieldBinding } from "./use-field-binding";

/** ZIM counts user IDs in UTF-8 bytes (32 at most). */
export function UserIdField({ name, label }: { name: "fromUserId" | `friendInfos.${number}.userId`; label: string }) {
  const { value, error, inputId, messagesId, inputProps } = useFieldBinding(name);
  return (
    <div>
      <FieldHeader inputId={inputId} label={label}>
        <LengthCounter label={`${label} length`} used={utf8Bytes(value)} limit={USER_ID_MAX_BYTES} unit="bytes" />
      </FieldHeader>
      <Input {...inputProps} autoComplete="off" spellCheck={false} className="mt-1 w-full font-mono" />
      <FieldMessages id={messagesId} error={error} warnings={userIdWarnings(value)} />
    </div>
  );
}
