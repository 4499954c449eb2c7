import { mkdirSync } from "node:fs";
import path from "node:path";

import { draftWith, launchChromium, openWithDraft, signedInContext } from "../bench/browser";
import { startServer, stopServer } from "../bench/server";

const OUT_DIR = path.join(process.cwd(), "public", "screenshots");

/** The send form with 20 targets at 1280x900, light and dark, for the README. Run after `npm run build`. */
async function main() {
  const server = await startServer();
  const browser = await launchChromium();
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const { context } = await signedInContext(browser);
    const draft = draftWith({ targets: 20, attributes: 0 });
    draft.friendInfos.forEach((target, index) => {
      target.attributes = index % 3 === 0 ? [{ key: "k0", value: "vip" }] : [];
    });
    draft.friendInfos[3]!.userId = "x".repeat(33);
    for (const theme of ["light", "dark"] as const) {
      await context.addInitScript(`localStorage.setItem("zim-friend-console:theme", "${theme}")`);
      const page = await openWithDraft(context, draft);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole("group", { name: "Target 20", exact: true }).waitFor();
      await page.getByRole("button", { name: "Details of target 1", exact: true }).click();
      await page.waitForTimeout(300);
      const file = path.join(OUT_DIR, `send-grid-${theme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(`${file} (page height ${await page.evaluate(() => document.documentElement.scrollHeight)} px)`);
      await page.close();
    }
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
