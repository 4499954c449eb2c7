import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";

import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { startServer, stopServer } from "./support/server-process";
import { simulatorAt } from "./support/simulator";

const PORT = 3101;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = "reports/e2e-crash-data";

/** A timeout longer than the injected latency, so the send is still in flight when the server is killed. */
const start = () => startServer({ port: PORT, dataDir: DATA_DIR, env: { ZIM_TIMEOUT_MS: "60000" } });

test.use({ storageState: { cookies: [], origins: [] } });

test("a send in flight when the server is killed shows as 'outcome unknown' after a restart", async ({ page }) => {
  test.setTimeout(90_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  let server = await start();
  try {
    await page.goto(`${BASE}/`);
    if (page.url().endsWith("/setup")) await page.getByLabel("Name").fill(ACCOUNTS.admin.name);
    await page.getByLabel("Email").fill(ACCOUNTS.admin.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: /Create admin|Sign in/ }).click();
    await expect(page.getByLabel("Signed in as")).toBeVisible();

    const cookies = await page.context().cookies(BASE);
    const simulator = simulatorAt(BASE, () => cookies.map(({ name, value }) => `${name}=${value}`).join("; "));
    await simulator.injectFaults({ latencyMs: 60_000, remaining: 1 });
    const ticket = `CRASH-${Date.now()}`;
    await page.getByLabel(/Reason or ticket/).fill(ticket);
    await page.getByLabel("FromUserId", { exact: true }).fill("agent_amy");
    await page.getByRole("group", { name: "Target 1", exact: true }).getByLabel("UserId", { exact: true }).fill("user_carol");
    await page.getByRole("button", { name: "Send friend requests" }).click();
    await expect(page.getByRole("button", { name: "Sending…" })).toBeDisabled();
    // The audit record is written before the call leaves: History shows it in flight (as soon as the
    // freshly started server has written it; on PostgreSQL, History also holds the other tests' sends).
    const history = await page.context().newPage();
    const row = history.getByRole("row").filter({ hasText: ticket });
    await expect(async () => {
      await history.goto(`${BASE}/history?q=${ticket}`);
      await expect(row).toContainText("In flight", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    stopServer(server, "SIGKILL");
    server = await start();
    // History, left open across the restart, turns the row without a reload; well inside the 30 s
    // lease timeout, since a restart on the same host sees the killed pid gone and need not wait.
    await expect(row).toContainText("Outcome unknown", { timeout: 15_000 });
    await row.getByRole("link").first().click();
    await expect(history.getByRole("heading", { name: "Outcome unknown" })).toBeVisible();
    await expect(history.getByRole("alert").filter({ hasText: "user_carol" })).toBeVisible();
  } finally {
    stopServer(server);
  }
});
