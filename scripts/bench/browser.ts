import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { DRAFT_STORAGE_KEY } from "../../components/send-form/draft";
import { BENCH_BASE } from "./server";

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  return chromium.launch({
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
  });
}

/** First-run setup on the fresh bench server: a signed-in admin context and its Cookie header. */
export async function signedInContext(browser: Browser, base = BENCH_BASE): Promise<{ context: BrowserContext; cookie: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/setup`);
  await page.getByLabel("Name").fill("Bench Admin");
  await page.getByLabel("Email").fill("bench@example.com");
  await page.getByLabel("Password").fill("bench-password");
  await page.getByRole("button", { name: "Create admin" }).click();
  await page.getByLabel("Signed in as").waitFor();
  await page.close();
  const cookie = (await context.cookies(base)).map(({ name, value }) => `${name}=${value}`).join("; ");
  return { context, cookie };
}

/** A draft the send form restores on load, so a large form is filled without thousands of clicks. */
export function draftWith({ targets, attributes }: { targets: number; attributes: number }) {
  return {
    fromUserId: "agent_amy",
    reason: "",
    friendInfos: Array.from({ length: targets }, (_, index) => ({
      userId: `fan_${String(index + 1).padStart(4, "0")}`,
      wording: `Hello number ${index + 1}`,
      friendAlias: `Fan ${index + 1}`,
      createTime: "",
      updateTime: "",
      attributes: Array.from({ length: attributes }, (_, key) => ({ key: `k${key}`, value: "v".repeat(100) })),
    })),
  };
}

/** Stores the draft before the page's own scripts run, then opens the send page once. */
export async function openWithDraft(
  context: BrowserContext,
  draft: ReturnType<typeof draftWith>,
  base = BENCH_BASE,
): Promise<Page> {
  const page = await context.newPage();
  // tsx compiles the functions passed to page.evaluate with esbuild's `__name` helper.
  await page.addInitScript("window.__name = (fn) => fn;");
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("bench-draft-set")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("bench-draft-set", "1");
      }
    },
    [DRAFT_STORAGE_KEY, JSON.stringify(draft)] as const,
  );
  await page.goto(`${base}/`);
  return page;
}
