"use client";

import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";

import type { BlockRow } from "@/lib/spreadsheet/spreadsheet-block";
import { emptySendForm, type SendFormValues } from "@/lib/zim/send-schema";

import { DRAFT_STORAGE_KEY } from "./draft";
import type { WaitingRows } from "./use-waiting-rows";

const UNDO_WINDOW_MS = 10_000;

type Cleared = { values: SendFormValues; waiting: BlockRow[] };

/**
 * Clear empties the form, the draft and the waiting rows at once and offers Undo for 10 s, rather
 * than asking first: a shift's worth of clears should cost one click each.
 */
export function useClearWithUndo(form: UseFormReturn<SendFormValues>, waiting: WaitingRows, onReset: () => void) {
  const [cleared, setCleared] = useState<Cleared>();

  useEffect(() => {
    if (!cleared) return;
    const timer = setTimeout(() => setCleared(undefined), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [cleared]);

  return {
    canUndo: cleared !== undefined,
    clear() {
      setCleared({ values: structuredClone(form.getValues()), waiting: waiting.rows });
      window.localStorage.removeItem(DRAFT_STORAGE_KEY);
      form.reset(emptySendForm());
      waiting.update([]);
      onReset();
    },
    undo() {
      if (!cleared) return;
      form.reset(cleared.values);
      waiting.update(cleared.waiting);
      setCleared(undefined);
      onReset();
    },
  };
}
