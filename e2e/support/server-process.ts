import { spawn, type ChildProcess } from "node:child_process";

import { serverEnv } from "./server-env";

/** A second built server of the app on its own port and data folder (or database), for tests that kill or race it. */
export async function startServer({
  port,
  dataDir,
  env = {},
}: {
  port: number;
  dataDir: string;
  env?: Record<string, string>;
}): Promise<ChildProcess> {
  const server = spawn("npm", ["run", "--silent", "serve"], {
    env: { ...process.env, ...serverEnv({ port, dataDir }), ...env },
    stdio: "ignore",
    detached: true,
  });
  for (let attempt = 0; attempt < 300; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server on port ${port} did not start`);
}

export function stopServer(server: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (server.pid) process.kill(-server.pid, signal);
}
