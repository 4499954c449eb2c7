"use client";

import { useFormContext, useWatch, type FieldPath } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

import { fieldId } from "./field-id";
import { useFieldError } from "./use-field-error";

type TextPath = Extract<
  FieldPath<SendFormValues>,
  "fromUserId" | "reason" | `friendInfos.${number}.${"userId" | "wording" | "friendAlias" | "createTime" | "updateTime"}`
>;

/** What every text field of the form needs: its registration, live value, error and linked ids. */
export function useFieldBinding(name: TextPath) {
  const { register, control, setValue } = useFormContext<SendFormValues>();
  const value = useWatch({ control, name }) ?? "";
  const error = useFieldError(name);
  const inputId = fieldId(name);
  const messagesId = fieldId(name, "messages");
  const inputProps = {
    id: inputId,
    ...register(name),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": messagesId,
  };
  return {
    value,
    error,
    inputId,
    messagesId,
    inputProps,
    setValue: (next: string) => setValue(name, next, { shouldDirty: true, shouldValidate: true }),
  };
}
