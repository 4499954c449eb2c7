import type { Environment } from "@/lib/config/env";

/** The environment audit-store tests record against; nothing is ever sent to it. */
export const TEST_ENVIRONMENT: Environment = {
  id: "simulator",
  name: "Simulator",
  kind: "simulator",
  appId: 1,
  serverSecret: "not-used-here",
  baseUrl: "http://127.0.0.1/sim",
  production: false,
};
