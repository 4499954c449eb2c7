import { expect, test } from "./fixtures";
import { ACCOUNTS, PASSWORD, storageStatePath } from "./support/accounts";
import { signInElsewhere } from "./support/sign-in";

test.use({ storageState: storageStatePath("admin") });

test("an admin adds an operator, changes the role, disables and re-enables the account", async ({ page, browser }) => {
  const email = `temp-${Date.now()}@e2e.test`;
  await page.goto("/operators");
  const form = page.getByRole("form", { name: "New operator" });
  await form.getByLabel("Name").fill("Temp Person");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Add operator" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "At least 8 characters" })).toBeVisible();
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Add operator" }).click();
  await expect(page.getByRole("rowheader", { name: email })).toBeVisible();

  // The new operator signs in elsewhere; each change below reaches that session on its next page.
  const signIn = await signInElsewhere(browser, email);
  await expect(signIn.getByLabel("Signed in as")).toHaveText(`${email} · operator`);
  await signIn.goto("/history");
  await expect(signIn.getByLabel("Signed in as")).toHaveText(`${email} · operator`);

  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) });
  await row.getByLabel(`Role of ${email}`).selectOption("viewer");
  await expect(row.getByLabel(`Role of ${email}`)).toHaveValue("viewer");
  await signIn.reload();
  await expect(signIn.getByLabel("Signed in as")).toHaveText(`${email} · viewer`);
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(row).toContainText("Disabled");
  await signIn.reload();
  await expect(signIn).toHaveURL(/\/sign-in/);

  await signIn.getByLabel("Email").fill(email);
  await signIn.getByLabel("Password").fill(PASSWORD);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await expect(signIn.getByRole("alert").filter({ hasText: "disabled" })).toBeVisible();

  await row.getByRole("button", { name: `Enable ${email}` }).click();
  await expect(row).toContainText("Active");
  await expect(signIn.getByLabel("Email")).toHaveValue(email);
  await signIn.getByLabel("Password").fill(PASSWORD);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  await expect(signIn.getByLabel("Signed in as")).toHaveText(`${email} · viewer`);
  await signIn.context().close();

  // Every change is in the audit trail, newest first, with who made it.
  await page.reload();
  const changes = page
    .getByRole("table", { name: "Changes to operator accounts, newest first" })
    .getByRole("row")
    .filter({ hasText: email });
  await expect(changes).toHaveText([
    new RegExp(`${ACCOUNTS.admin.email}.*Enabled again`),
    new RegExp(`${ACCOUNTS.admin.email}.*Disabled`),
    new RegExp(`${ACCOUNTS.admin.email}.*Role changed from operator to viewer`),
    new RegExp(`${ACCOUNTS.admin.email}.*Created as operator`),
  ]);
  const setup = page.getByRole("row").filter({ hasText: "first-run setup" });
  await expect(setup).toContainText(`${ACCOUNTS.admin.email}Created as admin`);
});

test("an operator does not see the Operators page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("operator") });
  const page = await context.newPage();
  await page.goto("/operators");
  await expect(page.getByRole("alert").filter({ hasText: "Only admins manage operators." })).toBeVisible();
  await expect(page.getByRole("form", { name: "New operator" })).toHaveCount(0);
  await context.close();
});
