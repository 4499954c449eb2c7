import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startStandaloneSimulator } from "../../e2e/support/standalone-simulator";

export const BENCH_PORT = 3200;
export const BENCH_BASE = `http://127.0.0.1:${BENCH_PORT}`;
const SIMULATOR_PORT = 3300;
export const SIMULATOR_BASE = `http://127.0.0.1:${SIMULATOR_PORT}`;

/**
 * The simulator alone (`npm run sim`), with the app's AppId and secret and the batch limit raised
 * to 50 like the app's. The send path is measured against it, as production calls ZIM on another
 * host: in the app's own process, the simulator's work (signature, state, answer) would run on the
 * app's thread and count as the app's overhead.
 */
export async function startSimulator(): Promise<ChildProcess> {
  const { process: simulator } = await startStandaloneSimulator(SIMULATOR_PORT, {
    ZIM_SIM_APP_ID: process.env.ZIM_SIM_APP_ID ?? "",
    ZIM_SIM_SERVER_SECRET: process.env.ZIM_SIM_SERVER_SECRET ?? "",
    ZIM_BATCH_LIMIT: "50",
  });
  return simulator;
}

/**
 * The built app in simulator mode, by default on a fresh embedded database and the bench port, with
 * the batch limit raised to 50, as ZEGO support can. `simulatorUrl` points it at a standalone
 * simulator instead of its own /sim; `projectDir` serves another build (`next start <dir>`).
 */
export async function startServer({
  port = BENCH_PORT,
  batchLimit = 50,
  dataDir = mkdtempSync(path.join(tmpdir(), "zim-bench-")),
  databaseUrl = "",
  simulatorUrl = "",
  projectDir,
}: {
  port?: number;
  batchLimit?: number;
  dataDir?: string;
  databaseUrl?: string;
  simulatorUrl?: string;
  projectDir?: string;
} = {}): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npm", ["run", "--silent", "serve", ...(projectDir ? ["--", projectDir] : [])], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      ZIM_BATCH_LIMIT: String(batchLimit),
      ZEGO_APP_ID: "",
      ZEGO_SERVER_SECRET: "",
      DATABASE_URL: databaseUrl,
      ZIM_ENVIRONMENTS: "",
      ZIM_DATA_DIR: dataDir,
      BETTER_AUTH_URL: base,
      ZIM_SIM_URL: simulatorUrl,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopServer(server);
  throw new Error("The app did not start within 60 s; run `npm run build` first.");
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

/** A command to a simulator's control surface: the app's own (`base` an app, with a signed-in cookie) or a standalone one. */
export async function controlSimulator(command: string, body: unknown, cookie: string, base = SIMULATOR_BASE): Promise<void> {
  const response = await fetch(`${base}/sim/control/${command}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`simulator ${command}: HTTP ${response.status}`);
}
