import { expect, type Browser, type Page } from "@playwright/test";

import { PASSWORD } from "./accounts";

/** A page in a new browser context, signed in as `email` through the sign-in page, as a person would. */
export async function signInElsewhere(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Signed in as")).toBeVisible();
  return page;
}
