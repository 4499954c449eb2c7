"use client";

import { useCallback, useSyncExternalStore } from "react";

/**
 * Whether the screen matches `query`, following it as it changes. Undefined on the server and
 * during hydration: there a component renders every variant and lets CSS show the right one.
 */
export function useMediaQuery(query: string): boolean | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = window.matchMedia(query);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => undefined,
  );
}
