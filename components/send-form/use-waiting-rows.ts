"use client";

import { useMemo } from "react";

import { storeString, useStoredString } from "@/components/browser-storage/use-stored-string";
import type { BlockRow } from "@/lib/spreadsheet/spreadsheet-block";

const STORAGE_KEY = "zim-friend-console:send-waiting:v1";

function parse(stored: string | null): BlockRow[] {
  try {
    const parsed: unknown = JSON.parse(stored ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((row): row is BlockRow => row !== null && typeof row === "object") : [];
  } catch {
    return [];
  }
}

/** Pasted rows past the batch limit, kept in this browser (across reloads) until loaded or cleared. */
export function useWaitingRows() {
  const stored = useStoredString(STORAGE_KEY);
  // One object per stored value: the form's memoised fields take it as a prop.
  return useMemo(
    () => ({
      rows: parse(stored),
      update(next: BlockRow[]) {
        storeString(STORAGE_KEY, next.length === 0 ? null : JSON.stringify(next));
      },
    }),
    [stored],
  );
}

export type WaitingRows = ReturnType<typeof useWaitingRows>;
