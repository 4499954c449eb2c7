import { expect, test } from "./fixtures";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { simulator } from "./support/simulator";

async function signInAs(page: import("@playwright/test").Page, role: keyof typeof ACCOUNTS) {
  await page.getByLabel("Email").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an expired session keeps the draft and offers to sign in again, back to the same page", async ({ sendPage, page }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_alice", wording: "typed before the session ended" }]);
  await page.waitForTimeout(400);
  await page.context().clearCookies();
  await sendPage.send();
  const alert = sendPage.result.getByRole("alert");
  await expect(alert).toContainText("Your session has ended. Nothing you typed is lost.");
  expect(await simulator.calls("SendFriendApplication")).toBe(0);

  await alert.getByRole("link", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  await signInAs(page, "operator");
  await expect(page).toHaveURL(/\/$/);
  await expect(sendPage.fromUserId).toHaveValue("agent_amy");
  await expect(sendPage.target(1).getByLabel("Wording", { exact: true })).toHaveValue("typed before the session ended");
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a page asked for is where sign-in leads, and only pages of this site", async ({ page }) => {
    await page.goto("/history?q=ZD-1");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fhistory%3Fq%3DZD-1$/);
    await signInAs(page, "viewer");
    await expect(page).toHaveURL(/\/history\?q=ZD-1$/);
    await page.getByRole("button", { name: "Sign out" }).click();

    await page.goto("/sign-in?next=//evil.example/steal");
    await signInAs(page, "operator");
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
