import type { SimState } from "./state";

const WINDOW_MS = 1000;

/**
 * Sliding one-second window per AppId, across every Action (lib/zim/README.md, decision 8). A refused call
 * is not admitted, so it does not push the window further out.
 */
export function admitCall(state: SimState, appId: number, now: number): boolean {
  const recent = (state.admissions.get(appId) ?? []).filter((at) => now - at < WINDOW_MS);
  const admitted = recent.length < state.config.rateLimitPerSecond;
  if (admitted) recent.push(now);
  state.admissions.set(appId, recent);
  return admitted;
}
