"use client";

import { createContext, useContext, type ReactNode } from "react";

import { storeString, useStoredString } from "@/components/browser-storage/use-stored-string";
import type { PublicEnvironment } from "@/lib/config/public-config";

const STORAGE_KEY = "zim-friend-console:environment";

type EnvironmentState = {
  environments: PublicEnvironment[];
  selected: PublicEnvironment;
  select: (id: string) => void;
};

const EnvironmentContext = createContext<EnvironmentState | null>(null);

const select = (id: string) => storeString(STORAGE_KEY, id);

/** The environment the next send goes to: picked in the banner, remembered in this browser. */
export function EnvironmentProvider({ environments, children }: { environments: PublicEnvironment[]; children: ReactNode }) {
  const storedId = useStoredString(STORAGE_KEY);
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
