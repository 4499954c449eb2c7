import { spawn, type ChildProcess } from "node:child_process";

import { E2E_SIM_APP_ID, E2E_SIM_SECRET } from "./server-env";

/**
 * `npm run sim` on its own port: one simulator, one rate limit, for several app processes. It has
 * the e2e server's AppId, secret and batch limit unless `env` says otherwise.
 */
export async function startStandaloneSimulator(
  port: number,
  env: Record<string, string> = {},
): Promise<{ process: ChildProcess; base: string }> {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/sim/serve.ts"], {
    env: {
      ...process.env,
      ZIM_SIM_PORT: String(port),
      ZIM_SIM_APP_ID: String(E2E_SIM_APP_ID),
      ZIM_SIM_SERVER_SECRET: E2E_SIM_SECRET,
      ZIM_BATCH_LIMIT: "20",
      ...env,
    },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${base}/control/state`)).ok) return { process: child, base };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`the standalone simulator on port ${port} did not start`);
}
