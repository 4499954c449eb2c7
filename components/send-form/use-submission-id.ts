"use client";

import { useEffect, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

/**
 * One id per attempt, kept until the send has a recorded outcome: submitting the same attempt again
 * (a double click, a retry after the console lost its server) is answered from the record, never sent
 * twice. A changed form is a new attempt.
 */
export function useSubmissionId(form: UseFormReturn<SendFormValues>) {
  const id = useRef("");
  const { watch } = form;
  useEffect(() => {
    const subscription = watch(() => {
      id.current = "";
    });
    return () => subscription.unsubscribe();
  }, [watch]);
  return {
    forAttempt: () => (id.current ||= crypto.randomUUID()),
    /** The attempt has a recorded outcome: the next submit is a new send. */
    settle: () => {
      id.current = "";
    },
  };
}
