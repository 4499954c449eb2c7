import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

import { storageStatePath } from "./e2e/support/accounts";
import { E2E_DATA_DIR, E2E_PORT, E2E_SERVER_ENV } from "./e2e/support/server-env";

/** Debian's Chromium, or a path in CHROMIUM_PATH: the browser is never downloaded. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  // One server holds one simulator: tests reset it and must not run side by side.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Twice Playwright's defaults: a CI machine has run stretches of tests at half their usual speed,
  // and a test that takes 15 s on a quiet day must not fail on a busy one.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // First run, sign-in and the saved sessions every other test starts from.
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], storageState: storageStatePath("operator") },
    },
  ],
  webServer: {
    // A fresh embedded database each run (with E2E_DATABASE_URL, .ci/run recreates the PostgreSQL one).
    command: `rm -rf ${E2E_DATA_DIR} && npm run --silent serve`,
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    env: E2E_SERVER_ENV,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
