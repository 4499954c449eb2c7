"use client";

import { useEffect } from "react";

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** "?" anywhere on the page but in a field opens the help. */
export function useQuestionMarkKey(onPress: () => void): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key === "?" && !isEditable(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        onPress();
      }
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [onPress]);
}
