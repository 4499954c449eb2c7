import type { Faults } from "../../lib/simulator/state";
import { signQuery } from "../../lib/zim/signature";
import { cookieHeader } from "./accounts";
import { E2E_BASE, E2E_SIM_APP_ID, E2E_SIM_SECRET } from "./server-env";

/** Drives a server's simulator: its control surface (as admin), and the ZIM protocol itself. */
export function simulatorAt(base: string, cookie: () => string) {
  async function control(command: string, body?: unknown) {
    const response = await fetch(`${base}/sim/control/${command}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookie() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`control ${command}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  }
  return {
    reset: () => control("reset", { seed: true }),
    configure: (patch: Record<string, unknown>) => control("config", patch),
    injectFaults: (faults: Partial<Faults>) => control("faults", faults),
    clearFaults: () => control("clear-faults"),
    /** Accept or reject a pending application, as the target's client would. */
    decide: (decision: { from: string; to: string; decision: "accept" | "reject" }) => control("applications", decision),
    async calls(action: string): Promise<number> {
      const response = await fetch(`${base}/sim/control/state`, { headers: { cookie: cookie() } });
      const state = await response.json();
      return state.calls[action] ?? 0;
    },
    /** A signed ZIM call, as a server of the customer's would make it. */
    async call(action: string, params: Record<string, unknown>, method: "GET" | "POST" = "POST") {
      const url = new URL(`${base}/sim/`);
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
}

export const simulator = simulatorAt(E2E_BASE, () => cookieHeader("admin"));
