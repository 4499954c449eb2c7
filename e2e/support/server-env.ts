/** The e2e server: simulator mode, a secret of its own (so a leak is findable), a short timeout. */
export const E2E_PORT = 3100;
export const E2E_BASE = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_SIM_APP_ID = 1234567890;
export const E2E_SIM_SECRET = "e2e5ecret0f1a2b3c4d5e6f7a8b9c0d1";
export const E2E_TIMEOUT_MS = 2000;
export const E2E_DATA_DIR = "reports/e2e-data";

/** A production environment that is the simulator itself, so production rules can be tested. */
export const PRODUCTION_ENVIRONMENT = { id: "prod-sim", name: "Production (simulated)" };

export function serverEnv({ port, dataDir }: { port: number; dataDir: string }): Record<string, string> {
  return {
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    ZEGO_APP_ID: "",
    ZEGO_SERVER_SECRET: "",
    ZIM_SIM_APP_ID: String(E2E_SIM_APP_ID),
    ZIM_SIM_SERVER_SECRET: E2E_SIM_SECRET,
    ZIM_TIMEOUT_MS: String(E2E_TIMEOUT_MS),
    ZIM_BATCH_LIMIT: "20",
    // Low, so the four-eyes rule for large production jobs is tested with a short list.
    ZIM_BULK_APPROVAL_THRESHOLD: "30",
    ZIM_DATA_DIR: dataDir,
    // With E2E_DATABASE_URL the suite runs against a real PostgreSQL server instead of PGlite.
    DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    ZIM_ENVIRONMENTS: JSON.stringify([
      {
        ...PRODUCTION_ENVIRONMENT,
        appId: E2E_SIM_APP_ID,
        serverSecret: E2E_SIM_SECRET,
        baseUrl: `http://127.0.0.1:${port}/sim`,
        production: true,
      },
    ]),
  };
}

export const E2E_SERVER_ENV = serverEnv({ port: E2E_PORT, dataDir: E2E_DATA_DIR });
