import type { BrowserContext } from "@playwright/test";

import { draftWith, openWithDraft } from "./browser";

const KEYSTROKES = 200;

/**
 * With 50 targets x 5 attributes in the grid, types into the last target's Wording and times each
 * keydown to the moment its counter's text changes (and to the next frame after that).
 */
export async function measureKeystrokeLatency(context: BrowserContext): Promise<{ toCounter: number[]; toFrame: number[] }> {
  const page = await openWithDraft(context, draftWith({ targets: 50, attributes: 5 }));
  try {
    const row = page.getByRole("group", { name: "Target 50", exact: true });
    const wording = row.getByLabel("Wording", { exact: true });
    await wording.waitFor();
    await row.getByRole("button", { name: /^Attributes of target 50: k0=.*k4=/ }).waitFor();
    await wording.click();
    await wording.press("End");

    await page.evaluate(() => {
      const counter = [...document.querySelectorAll('[aria-label="Wording length"]')].at(-1) as HTMLElement;
      const samples: { toCounter: number[]; toFrame: number[] } = { toCounter: [], toFrame: [] };
      let pressedAt = 0;
      document.addEventListener("keydown", (event) => (pressedAt = event.timeStamp), true);
      new MutationObserver(() => {
        if (pressedAt === 0) return;
        const start = pressedAt;
        pressedAt = 0;
        samples.toCounter.push(performance.now() - start);
        requestAnimationFrame(() => samples.toFrame.push(performance.now() - start));
      }).observe(counter, { characterData: true, childList: true, subtree: true });
      (window as unknown as { __samples: typeof samples }).__samples = samples;
    });
    for (let index = 0; index < KEYSTROKES; index++) {
      await page.keyboard.press(index % 2 === 0 ? "x" : "Backspace");
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(200);
    return await page.evaluate(() => (window as unknown as { __samples: { toCounter: number[]; toFrame: number[] } }).__samples);
  } finally {
    await page.close();
  }
}
