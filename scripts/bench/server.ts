import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const BENCH_PORT = 3200;
export const BENCH_BASE = `http://127.0.0.1:${BENCH_PORT}`;

/**
 * The built app in simulator mode, by default on a fresh embedded database and the bench port, with
 * the batch limit raised to 50, as ZEGO support can.
 */
export async function startServer({
  port = BENCH_PORT,
  batchLimit = 50,
  dataDir = mkdtempSync(path.join(tmpdir(), "zim-bench-")),
  databaseUrl = "",
}: { port?: number; batchLimit?: number; dataDir?: string; databaseUrl?: string } = {}): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npm", ["run", "--silent", "serve"], {
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

export async function controlSimulator(command: string, body: unknown, cookie: string, base = BENCH_BASE): Promise<void> {
  const response = await fetch(`${base}/sim/control/${command}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`simulator ${command}: HTTP ${response.status}`);
}
