import { handleZimRequest } from "@/lib/simulator/handle-request";
import { seedState } from "@/lib/simulator/seed";
import { createEmptyState, defaultSimConfig, type SimState } from "@/lib/simulator/state";
import { signQuery } from "@/lib/zim/signature";

export const TEST_APP_ID = 1234567890;
export const TEST_SECRET = "0123456789abcdef0123456789abcdef";

/** A simulator with the demo data, driven through the real protocol handler. */
export function createHarness({ seed = true, now = Date.now() }: { seed?: boolean; now?: number } = {}) {
  const state: SimState = createEmptyState(defaultSimConfig({ appId: TEST_APP_ID, serverSecret: TEST_SECRET }));
  if (seed) seedState(state, now);
  let clock = now;

  function call(
    action: string,
    params: Record<string, unknown> = {},
    options: { method?: "GET" | "POST"; query?: Record<string, string> } = {},
  ) {
    const method = options.method ?? "POST";
    const url = new URL("http://sim.test/");
    url.searchParams.set("Action", action);
    const signed = signQuery({ appId: TEST_APP_ID, serverSecret: TEST_SECRET, timestamp: Math.floor(clock / 1000) });
    for (const [name, value] of Object.entries({ ...signed, ...options.query })) url.searchParams.set(name, value);
    if (method === "GET") for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
    const bodyText = method === "POST" ? JSON.stringify(params) : "";
    return handleZimRequest({ state, method, url, bodyText, now: clock });
  }

  return {
    state,
    call,
    advance: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
  };
}
