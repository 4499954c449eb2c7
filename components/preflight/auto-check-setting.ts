"use client";

import { useSyncExternalStore } from "react";

import { storeString, useStoredString } from "@/components/browser-storage/use-stored-string";
import { AUTO_CHECK_KEY } from "@/lib/preflight/auto-check-key";

const noSubscription = () => () => {};

/**
 * Whether targets are checked without asking, before a send (preflight) and after it (follow-up).
 * Off until hydrated, so a browser that switched it off never checks during the first render.
 */
export function useAutoCheck(): [boolean, (on: boolean) => void] {
  const stored = useStoredString(AUTO_CHECK_KEY);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return [hydrated && stored !== "off", (on) => storeString(AUTO_CHECK_KEY, on ? "on" : "off")];
}
