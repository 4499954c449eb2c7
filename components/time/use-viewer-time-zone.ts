"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** The browser's IANA zone; "UTC" on the server and during hydration, so both renders agree. */
export function useViewerTimeZone(): string {
  return useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
}
