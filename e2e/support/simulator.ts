import { signQuery } from "../../lib/zim/signature";
import { E2E_PORT, E2E_SIM_APP_ID, E2E_SIM_SECRET } from "./server-env";

const BASE = `http://127.0.0.1:${E2E_PORT}/sim`;

async function control(command: string, body?: unknown) {
  const response = await fetch(`${BASE}/control/${command}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${command}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Drives the simulator the way a test needs: its control surface, and the ZIM protocol itself. */
export const simulator = {
  reset: () => control("reset", { seed: true }),
  configure: (patch: Record<string, unknown>) => control("config", patch),
  injectFaults: (faults: { latencyMs?: number; failure?: "http-500" | "non-json" | "drop" | null; remaining?: number }) =>
    control("faults", faults),
  async calls(action: string): Promise<number> {
    const state = await (await fetch(`${BASE}/control/state`)).json();
    return state.calls[action] ?? 0;
  },
  /** A signed ZIM call, as a server of the customer's would make it. */
  async call(action: string, params: Record<string, string | number | unknown>, method: "GET" | "POST" = "POST") {
    const url = new URL(`${BASE}/`);
    url.searchParams.set("Action", action);
    for (const [name, value] of Object.entries(signQuery({ appId: E2E_SIM_APP_ID, serverSecret: E2E_SIM_SECRET }))) {
      url.searchParams.set(name, value);
    }
    if (method === "GET") for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
    const response = await fetch(url, {
      method,
      headers: method === "POST" ? { "content-type": "application/json" } : undefined,
      body: method === "POST" ? JSON.stringify(params) : undefined,
    });
    return response.json();
  },
};
