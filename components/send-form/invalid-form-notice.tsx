"use client";

import { useFormState } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

/** Its own component so that only it re-renders when the set of errors changes. */
export function InvalidFormNotice() {
  const { errors, submitCount } = useFormState<SendFormValues>();
  if (submitCount === 0 || Object.keys(errors).length === 0) return null;
  return (
    <p role="alert" className="text-sm text-danger">
      Not sent: fix the fields marked in red. Each message names the code ZIM would answer.
    </p>
  );
}
