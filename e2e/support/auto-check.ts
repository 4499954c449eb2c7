import type { Page } from "@playwright/test";

import { AUTO_CHECK_KEY } from "../../lib/preflight/auto-check-key";

/** Tests that are not about checks must not have read calls of their own in the simulator's counts and faults. */
export async function switchOffAutoChecks(page: Page): Promise<void> {
  await page.evaluate((key) => window.localStorage.setItem(key, "off"), AUTO_CHECK_KEY);
}
