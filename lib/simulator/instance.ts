import "server-only";

import { getServerConfig } from "@/lib/config/env";

import { resetState } from "./control";
import { createEmptyState, defaultSimConfig, type SimConfig, type SimState } from "./state";

const GLOBAL_KEY = Symbol.for("zim-friend-console.simulator");

type WithSimulator = typeof globalThis & { [GLOBAL_KEY]?: SimState };

function configFromEnv(): SimConfig {
  const { simulator, batchLimit } = getServerConfig();
  return defaultSimConfig({ ...simulator, batchLimit });
}

/**
 * One simulator per server process. Route handlers and server actions are bundled apart, so the
 * state lives on globalThis rather than in a module variable.
 */
export function getSimulator(): SimState {
  const holder = globalThis as WithSimulator;
  if (!holder[GLOBAL_KEY]) {
    const state = createEmptyState(configFromEnv());
    resetState(state, { seed: true, config: state.config }, Date.now());
    holder[GLOBAL_KEY] = state;
  }
  return holder[GLOBAL_KEY];
}

/** Back to the configuration from env, with or without the demo data. */
export function resetSimulator({ seed }: { seed: boolean }): void {
  resetState(getSimulator(), { seed, config: configFromEnv() }, Date.now());
}
