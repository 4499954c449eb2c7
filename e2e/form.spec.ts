import { expect, test } from "./fixtures";
import { simulator } from "./support/simulator";

test("counters track bytes and characters live, and over-limit fields block the send", async ({ sendPage, page }) => {
  const row = sendPage.target(1);
  await sendPage.fromUserId.fill("agent_amy");
  const userId = row.getByLabel("UserId", { exact: true });
  await userId.fill("a".repeat(33));
  await expect(row.getByRole("status", { name: "UserId length" })).toHaveText("33/32 bytes · over the limit");

  await row.getByLabel("Wording", { exact: true }).fill("好".repeat(257));
  await expect(row.getByRole("status", { name: "Wording length" })).toHaveText("257/256 chars · 771 bytes · over the limit");

  await sendPage.openDetails(1);
  await row.getByRole("button", { name: "Add attribute" }).click();
  await row.getByRole("group", { name: "Attribute 1" }).getByLabel("Value").fill("v".repeat(1023));
  await expect(row.getByRole("status", { name: "Attribute budget" }).first()).toHaveText(
    "1025/1024 bytes (keys + values) · over the limit",
  );

  await sendPage.send();
  await expect(userId).toHaveAccessibleDescription("33 bytes, over the 32-byte limit: ZIM would answer 660000012");
  await expect(row.getByLabel("Wording", { exact: true })).toHaveAccessibleDescription(
    "Wording is 257 characters, over 256: ZIM would answer 660800021",
  );
  await expect(row.getByText("Keys and values are 1025 bytes, over 1024: ZIM would answer 660800024")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Not sent" })).toBeVisible();
  expect(await simulator.calls("SendFriendApplication")).toBe(0);

  await userId.fill("user_alice");
  await expect(row.getByRole("status", { name: "UserId length" })).toHaveText("10/32 bytes");
});

test("repeated IDs, k5-free key picker and future times are caught at their field", async ({ sendPage }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_bob" }, { userId: "user_bob" }]);
  const first = await sendPage.openDetails(1);
  await first.getByRole("button", { name: "Add attribute" }).click();
  await first.getByRole("button", { name: "Add attribute" }).click();
  const secondKey = first.getByRole("group", { name: "Attribute 2" }).getByLabel("Key");
  await expect(secondKey).toHaveValue("k1");
  await expect(secondKey.getByRole("option", { name: "k0" })).toBeDisabled();

  await sendPage.openTimes(1);
  await first.getByLabel("CreateTime", { exact: true }).fill(String(Date.now() + 3_600_000));
  await sendPage.send();
  await expect(sendPage.target(2).getByLabel("UserId", { exact: true })).toHaveAccessibleDescription(
    "Repeated user ID: ZIM would answer 660800022",
  );
  await expect(first.getByText("In the future: ZIM would answer 660800046")).toBeVisible();
});

test("the local-time picker writes the millisecond value", async ({ sendPage }) => {
  const row = await sendPage.openTimes(1);
  await row.getByLabel("CreateTime in local time").fill("2024-03-01T12:30:15");
  const expected = String(new Date("2024-03-01T12:30:15").getTime());
  await expect(row.getByLabel("CreateTime", { exact: true })).toHaveValue(expected);
});

test("duplicate copies a target and remove deletes it", async ({ sendPage, page }) => {
  await sendPage.fillTarget(1, { userId: "user_alice", wording: "hello", attributes: [{ key: "k2", value: "x" }] });
  await page.getByRole("button", { name: "Duplicate target 1", exact: true }).click();
  await expect(sendPage.target(2).getByLabel("Wording", { exact: true })).toHaveValue("hello");
  await expect(sendPage.target(2).getByRole("button", { name: /^Attributes of target 2: k2=x/ })).toBeVisible();
  await page.getByRole("button", { name: "Remove target 1", exact: true }).click();
  await expect(page.getByRole("status", { name: "Targets used" })).toHaveText("1/20 targets");
});

test("the card view edits the same targets, and the choice is kept", async ({ sendPage, page }) => {
  await sendPage.fillTarget(1, { userId: "user_alice", wording: "from the grid" });
  await page.getByRole("button", { name: "Cards", pressed: false }).click();
  const card = sendPage.target(1);
  await expect(card.getByLabel("Wording", { exact: true })).toHaveValue("from the grid");
  await expect(card.getByLabel("CreateTime", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Cards" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Grid" }).click();
  await expect(sendPage.target(1).getByLabel("CreateTime", { exact: true })).toHaveCount(0);
});

test("the draft survives a reload", async ({ sendPage, page }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_alice", wording: "kept across reloads" }, { userId: "user_bob" }]);
  await page.waitForTimeout(400);
  await page.reload();
  await expect(sendPage.fromUserId).toHaveValue("agent_amy");
  await expect(sendPage.target(1).getByLabel("Wording", { exact: true })).toHaveValue("kept across reloads");
  await expect(sendPage.target(2).getByLabel("UserId", { exact: true })).toHaveValue("user_bob");
});

test("what is typed before the page's scripts have run is kept, on top of the draft", async ({ sendPage, page }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "user_bob" }]);
  await page.waitForTimeout(400);
  let releaseScripts = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.reload({ waitUntil: "commit" });
  const userId = sendPage.target(1).getByLabel("UserId", { exact: true });
  await userId.fill("user_carol");
  await page.getByLabel(/Reason or ticket/).fill("TYPED-EARLY");
  releaseScripts();

  await expect(sendPage.target(1).getByRole("status", { name: "UserId length" })).toHaveText(/^10\/32 bytes/);
  await expect(userId).toHaveValue("user_carol");
  await expect(page.getByLabel(/Reason or ticket/)).toHaveValue("TYPED-EARLY");
  await expect(sendPage.fromUserId).toHaveValue("agent_amy");
  await expect(sendPage.target(2).getByLabel("UserId", { exact: true })).toHaveValue("user_bob");
});

test("a field the server refuses stays marked until a send it accepts, even unedited", async ({ sendPage, page }) => {
  // The browser's clock runs a day ahead of the server's: to the form, a CreateTime a few seconds
  // from now is in the past; the server refuses it until its own clock has passed it.
  await page.clock.setFixedTime(Date.now() + 86_400_000);
  await sendPage.open();
  const createTime = Date.now() + 5_000;
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
  const row = await sendPage.openTimes(1);
  await row.getByLabel("CreateTime", { exact: true }).fill(String(createTime));
  await sendPage.send();
  await expect(row.getByText("In the future: ZIM would answer 660800046")).toBeVisible();

  await page.waitForTimeout(Math.max(0, createTime - Date.now()) + 500);
  await sendPage.send();
  await sendPage.expectRow("user_alice", "Sent");
  await expect(row.getByText(/In the future/)).toHaveCount(0);
});

test("user IDs that only some ZEGO pages allow get a warning, not an error", async ({ sendPage }) => {
  await sendPage.fromUserId.fill(" amy,{x}");
  await expect(sendPage.page.getByText(/Leading or trailing space/)).toBeVisible();
  await expect(sendPage.page.getByText(/allowed by only some of ZEGO's pages/)).toBeVisible();
});
