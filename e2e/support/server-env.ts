/** The e2e server: simulator mode, a secret of its own (so a leak is findable), a short timeout. */
export const E2E_PORT = 3100;
export const E2E_SIM_APP_ID = 1234567890;
export const E2E_SIM_SECRET = "e2e5ecret0f1a2b3c4d5e6f7a8b9c0d1";
export const E2E_TIMEOUT_MS = 2000;

export const E2E_SERVER_ENV: Record<string, string> = {
  PORT: String(E2E_PORT),
  NEXT_TELEMETRY_DISABLED: "1",
  ZEGO_APP_ID: "",
  ZEGO_SERVER_SECRET: "",
  ZIM_SIM_APP_ID: String(E2E_SIM_APP_ID),
  ZIM_SIM_SERVER_SECRET: E2E_SIM_SECRET,
  ZIM_TIMEOUT_MS: String(E2E_TIMEOUT_MS),
  ZIM_BATCH_LIMIT: "20",
};
