"use client";

import { useEffect } from "react";

import { storeString, useStoredString } from "@/components/browser-storage/use-stored-string";

import { THEME_STORAGE_KEY, type ThemeChoice } from "./theme-storage";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function apply(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

function asChoice(stored: string | null): ThemeChoice {
  return stored === "light" || stored === "dark" ? stored : "system";
}

/** System, light or dark, kept per browser; "system" follows the OS setting as it changes. */
export function ThemeToggle() {
  const choice = asChoice(useStoredString(THEME_STORAGE_KEY));

  useEffect(() => {
    apply(choice);
    if (choice !== "system") return;
    const media = window.matchMedia(DARK_QUERY);
    const follow = () => apply("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);

  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="text-muted">Theme</span>
      <select
        value={choice}
        onChange={(event) => storeString(THEME_STORAGE_KEY, event.target.value === "system" ? null : event.target.value)}
        className="rounded border border-border bg-surface px-1 py-0.5 text-sm text-text"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
