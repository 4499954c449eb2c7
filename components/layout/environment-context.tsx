"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

import type { PublicEnvironment } from "@/lib/config/public-config";

const STORAGE_KEY = "zim-friend-console:environment";
const CHANGE_EVENT = "zim-friend-console:environment-change";

type EnvironmentState = {
  environments: PublicEnvironment[];
  selected: PublicEnvironment;
  select: (id: string) => void;
};

const EnvironmentContext = createContext<EnvironmentState | null>(null);

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function select(id: string): void {
  window.localStorage.setItem(STORAGE_KEY, id);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** The environment the next send goes to: picked in the banner, remembered in this browser. */
export function EnvironmentProvider({ environments, children }: { environments: PublicEnvironment[]; children: ReactNode }) {
  const storedId = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(STORAGE_KEY),
    () => null,
  );
  // Never default to production: it must be picked on purpose.
  const selected =
    environments.find((environment) => environment.id === storedId) ??
    environments.find((environment) => !environment.production) ??
    environments[0];
  if (!selected) return children;
  return <EnvironmentContext.Provider value={{ environments, selected, select }}>{children}</EnvironmentContext.Provider>;
}

export function useEnvironment(): EnvironmentState {
  const state = useContext(EnvironmentContext);
  if (!state) throw new Error("useEnvironment needs an EnvironmentProvider");
  return state;
}
