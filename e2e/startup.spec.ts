import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

import { E2E_SERVER_ENV } from "./support/server-env";

/** Starts the built server with one variable changed and collects what it prints until it exits. */
function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "serve"], {
      env: { ...process.env, ...E2E_SERVER_ENV, PORT: "3199", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGTERM"), 15_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const BAD_ENVIRONMENTS: { variable: string; env: Record<string, string> }[] = [
  { variable: "DATABASE_URL", env: { DATABASE_URL: "mysql://localhost/zim" } },
  { variable: "ZIM_ENVIRONMENTS", env: { ZIM_ENVIRONMENTS: '[{"id":"x"}]' } },
  { variable: "ZIM_BATCH_LIMIT", env: { ZIM_BATCH_LIMIT: "99" } },
  { variable: "ZEGO_SERVER_SECRET", env: { ZEGO_APP_ID: "12345" } },
  {
    variable: "ZIM_API_BASE",
    env: { ZEGO_APP_ID: "12345", ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38", ZIM_API_BASE: "not a url" },
  },
];

for (const { variable, env } of BAD_ENVIRONMENTS) {
  test(`a bad ${variable} stops the server with a message naming it`, async () => {
    const { code, output } = await startWith(env);
    expect(code).toBe(1);
    expect(output).toContain("ZIM Friend Console cannot start");
    expect(output).toContain(variable);
    expect(output).not.toContain("9193cc662a4c0ec135ec71fb57194b38");
  });
}
