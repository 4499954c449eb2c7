"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

let viewerTimeZone: string | undefined;

/** Read once per page load: making an Intl.DateTimeFormat costs tenths of a millisecond, each render. */
const readTimeZone = () => (viewerTimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/** The browser's IANA zone; "UTC" on the server and during hydration, so both renders agree. */
export function useViewerTimeZone(): string {
  return useSyncExternalStore(subscribe, readTimeZone, () => "UTC");
}
