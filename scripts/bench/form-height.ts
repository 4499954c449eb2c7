import type { BrowserContext } from "@playwright/test";

import { draftWith, openWithDraft } from "./browser";

/** The send page's height with 20 targets at 1280x900, where the old card layout measured 8,514 px. */
export async function measureFormHeight(context: BrowserContext): Promise<number> {
  const page = await openWithDraft(context, draftWith({ targets: 20, attributes: 1 }));
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("group", { name: "Target 20", exact: true }).waitFor();
    return await page.evaluate(() => document.documentElement.scrollHeight);
  } finally {
    await page.close();
  }
}
