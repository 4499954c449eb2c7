"use client";

import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";

import { readDraft, writeDraft } from "@/components/send-form/draft";
import { isBlankTarget } from "@/components/send-form/fill-targets";
import { readTypedSinceRender, type TypedField } from "@/components/send-form/typed-before-hydration";
import type { SendFormValues } from "@/lib/zim/send-schema";

const SAVE_DELAY_MS = 250;

/**
 * Keeps the whole form in localStorage so a reload or an error loses nothing typed. The draft is
 * restored after mount (the server renders the empty form), with whatever was typed before React
 * took the page over on top of it, and saved a moment after each change.
 */
export function useFormDraft(form: UseFormReturn<SendFormValues>, typedBeforeHydration: readonly TypedField[]): void {
  const { reset, watch, getValues, setValue, trigger } = form;

  useEffect(() => {
    const typed = new Map([...typedBeforeHydration, ...readTypedSinceRender(getValues)].map(({ name, value }) => [name, value]));
    const draft = readDraft(window.localStorage);
    if (draft) reset(draft);
    for (const [name, value] of typed) setValue(name, value, { shouldDirty: true });
    // A restored draft shows its problems at once, not only after the next keystroke.
    const restored = draft && (draft.fromUserId !== "" || draft.friendInfos.some((target) => !isBlankTarget(target)));
    if (restored) void trigger();
    else if (typed.size > 0) void trigger([...typed.keys()]);
  }, [reset, setValue, getValues, trigger, typedBeforeHydration]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => writeDraft(window.localStorage, getValues());
    const subscription = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    const flush = () => {
      clearTimeout(timer);
      save();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer);
    };
  }, [watch, getValues]);
}
