import { expect, test } from "@playwright/test";

import { ACCOUNTS, storageStatePath } from "./support/accounts";
import { simulator } from "./support/simulator";

test.beforeEach(async () => {
  await simulator.reset();
});

test("the lookup pages through busy_bella's 2,999 friends, newest first", async ({ page }) => {
  await page.goto("/users");
  await page.getByLabel("User ID", { exact: true }).fill("busy_bella");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page).toHaveURL(/\/users\?id=busy_bella$/);
  await expect(page.getByRole("status").filter({ hasText: "is registered" })).toContainText("busy_bella is registered");
  await expect(page.getByLabel("Friend count", { exact: true })).toHaveText("2,999");
  await expect(page.getByText("Near the cap of 3,000 friends")).toBeVisible();

  const shown = page.getByLabel("Friends shown");
  await expect(shown).toHaveText("Friends 1–100 of 2,999, newest first");
  const friends = page.getByRole("table", { name: "Friends" });
  await expect(friends.getByRole("rowheader").first()).toHaveText("fan_0001");
  const next = page.getByRole("button", { name: "Next page" });
  for (let page_ = 2; page_ <= 30; page_++) {
    await next.click();
    await expect(shown).toHaveText(new RegExp(`^Friends ${((page_ - 1) * 100 + 1).toLocaleString("en")}–`));
  }
  await expect(shown).toHaveText("Friends 2,901–2,999 of 2,999, newest first");
  await expect(friends.getByRole("rowheader").last()).toHaveText("fan_2999");
  await expect(next).toBeDisabled();
  await page.getByRole("button", { name: "Previous page" }).click();
  await expect(shown).toHaveText("Friends 2,801–2,900 of 2,999, newest first");
});

test("relation with a second user is said in words, and a user ID in it opens its own lookup", async ({ page }) => {
  await page.goto("/users?id=agent_amy&with=oneway_olga");
  await expect(page.getByLabel("Relation", { exact: true })).toHaveText(
    "One-way: oneway_olga lists agent_amy, but agent_amy does not list oneway_olga. A request from agent_amy to oneway_olga is accepted at once, without oneway_olga's consent.",
  );
  await expect(page.getByLabel("Friend count", { exact: true })).toHaveText("1");
  await page.getByRole("table", { name: "Friends" }).getByRole("link", { name: "friend_fred" }).click();
  await expect(page).toHaveURL(/\/users\?id=friend_fred$/);
  await expect(page.getByLabel("Friend count", { exact: true })).toHaveText("1");

  await page.goto("/users?id=ghost_gary");
  await expect(page.getByRole("status").filter({ hasText: "not registered" })).toContainText("ghost_gary is not registered");
  await page.getByLabel("User ID", { exact: true }).fill("bad id*");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "bad id" })).toContainText("“bad id*” is not a user ID ZIM accepts");
  await expect(page.getByLabel("User ID", { exact: true })).toHaveValue("bad id*");
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("a viewer can look a user up but not send, and the lookup is in the audit trail", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/history$/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await page.getByLabel("User ID", { exact: true }).fill("oneway_olga");
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page.getByLabel("Friend count", { exact: true })).toHaveText("1");
    await expect(page.getByRole("button", { name: "Send friend requests" })).toHaveCount(0);

    await page.goto("/history/calls?source=lookup");
    const lookups = page.getByRole("row").filter({ hasText: "lookup oneway_olga" });
    await expect(lookups.filter({ hasText: "QueryUserInfos" }).first()).toBeVisible();
    await expect(lookups.filter({ hasText: "QueryFriendList" }).first()).toContainText(ACCOUNTS.viewer.email);
  });
});
