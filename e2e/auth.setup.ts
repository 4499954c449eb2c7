import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { expect, test as setup } from "@playwright/test";

import { ROLES } from "../lib/auth/roles";
import { ACCOUNTS, PASSWORD, storageStatePath } from "./support/accounts";
import { switchOffAutoChecks } from "./support/auto-check";

setup("first run: setup creates the first admin, then disappears; the admin adds an operator and a viewer", async ({ page }) => {
  mkdirSync(dirname(storageStatePath("admin")), { recursive: true });
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  // The rule is stated before the first try, and a refused try keeps what was typed.
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("At least 8 characters.");
  await page.getByLabel("Name").fill(ACCOUNTS.admin.name);
  await page.getByLabel("Email").fill(ACCOUNTS.admin.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create admin" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "password" })).toHaveText("The password needs at least 8 characters");
  await expect(page.getByLabel("Name")).toHaveValue(ACCOUNTS.admin.name);
  await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS.admin.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create admin" }).click();
  await expect(page.getByLabel("Signed in as")).toHaveText(`${ACCOUNTS.admin.email} · admin`);
  await switchOffAutoChecks(page);
  await page.context().storageState({ path: storageStatePath("admin") });

  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto("/operators");
  for (const role of ["operator", "viewer"] as const) {
    const form = page.getByRole("form", { name: "New operator" });
    await form.getByLabel("Name").fill(ACCOUNTS[role].name);
    await form.getByLabel("Email").fill(ACCOUNTS[role].email);
    await form.getByLabel("Password").fill(PASSWORD);
    await form.getByLabel("Role").selectOption(role);
    await form.getByRole("button", { name: "Add operator" }).click();
    await expect(page.getByRole("rowheader", { name: ACCOUNTS[role].email })).toBeVisible();
  }
});

setup("each role signs in and out; a wrong password is refused at the form", async ({ browser }) => {
  for (const role of ROLES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.getByLabel("Email").fill(ACCOUNTS[role].email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS[role].email);

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Signed in as")).toHaveText(`${ACCOUNTS[role].email} · ${role}`);
    await switchOffAutoChecks(page);
    if (role !== "admin") await context.storageState({ path: storageStatePath(role) });

    if (role === "viewer") {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in$/);
      await page.goto("/history");
      await expect(page).toHaveURL(/\/sign-in\?next=%2Fhistory$/);
      // Signing out ended that session only; sign in again for the saved state.
      await page.getByLabel("Email").fill(ACCOUNTS.viewer.email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByLabel("Signed in as")).toBeVisible();
      await context.storageState({ path: storageStatePath("viewer") });
    }
    await context.close();
  }
});
