import type { BrowserContext } from "@playwright/test";

import { untilSendFormIsLive } from "../../e2e/support/form-live";
import { BENCH_BASE } from "./server";

const TARGETS = 20;

/**
 * A 20-target send by keyboard alone, from FromUserId to the result: counts every key pressed
 * beyond typing the IDs themselves (Enter between rows, Ctrl+Enter to send).
 */
export async function measureKeyboardSend(context: BrowserContext): Promise<{ keys: number; sent: boolean }> {
  const page = await context.newPage();
  try {
    await page.goto(`${BENCH_BASE}/`);
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await untilSendFormIsLive(page);
    let keys = 0;
    const press = async (key: string) => {
      keys++;
      await page.keyboard.press(key);
    };
    await page.getByLabel("FromUserId", { exact: true }).focus();
    await page.keyboard.type("agent_amy");
    await press("Enter");
    for (let index = 1; index <= TARGETS; index++) {
      await page.keyboard.type(`kb_${index}`);
      if (index < TARGETS) await press("Enter");
    }
    await press("ControlOrMeta+Enter");
    const sent = await page
      .getByRole("region", { name: "Result" })
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    return { keys, sent };
  } finally {
    await page.close();
  }
}
