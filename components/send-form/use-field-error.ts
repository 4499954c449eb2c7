"use client";

import { get, useFormState } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

/** Subscribes to one path's error only, so typing in one row does not re-render the others. */
export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState<SendFormValues>({ name: name as never, exact: true });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}
