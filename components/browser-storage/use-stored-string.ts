"use client";

import { useSyncExternalStore } from "react";

const CHANGE_EVENT = "zim-friend-console:storage-change";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes (or removes, for null) a value and tells every reader in this tab and the others. */
export function storeString(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the value lives only until the page closes.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** A value kept in this browser; null on the server and before hydration, so both renders agree. */
export function useStoredString(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
}
