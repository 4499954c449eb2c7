import { startStandaloneSimulator } from "../../lib/simulator/standalone";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** `npm run sim`: the simulator alone, with its AppId and secret from ZIM_SIM_APP_ID and ZIM_SIM_SERVER_SECRET. */
async function main() {
  const port = Number(process.env.ZIM_SIM_PORT ?? "3300");
  const host = process.env.ZIM_SIM_HOST ?? "127.0.0.1";
  const controlToken = process.env.ZIM_SIM_CONTROL_TOKEN || undefined;
  if (!LOOPBACK.has(host) && controlToken === undefined) {
    throw new Error(
      `ZIM_SIM_HOST=${host} is reachable from other machines: set ZIM_SIM_CONTROL_TOKEN to guard the control surface.`,
    );
  }
  await startStandaloneSimulator({ port, host, controlToken });
  console.log(`ZIM simulator on http://${host}:${port}/ (control surface at /control/<command>)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
