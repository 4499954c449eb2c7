import { expect, test } from "./fixtures";
import { simulator } from "./support/simulator";

test("counters track bytes and characters live, and over-limit fields block the send", async ({ sendPage, page }) => {
  const row = sendPage.target(1);
  await sendPage.fromUserId.fill("agent_amy");
  await row.getByLabel("UserId", { exact: true }).fill("a".repeat(33));
  await expect(row.getByRole("status", { name: "UserId length" })).toHaveText("33/32 bytes · over the limit");

  await row.getByLabel("Wording", { exact: true }).fill("好".repeat(257));
  await expect(row.getByRole("status", { name: "Wording length" })).toHaveText("257/256 chars · 771 bytes · over the limit");

  await row.getByRole("button", { name: "Add attribute" }).click();
  await row.getByRole("group", { name: "Attribute 1" }).getByLabel("Value").fill("v".repeat(1023));
  await expect(row.getByRole("status", { name: "Attribute budget" })).toHaveText(
    "1025/1024 bytes (keys + values) · over the limit",
  );

  await sendPage.send();
  await expect(row.getByText("33 bytes, over the 32-byte limit: ZIM would answer 660000012")).toBeVisible();
  await expect(row.getByText("Wording is 257 characters, over 256: ZIM would answer 660800021")).toBeVisible();
  await expect(row.getByText("Keys and values are 1025 bytes, over 1024: ZIM would answer 660800024")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Not sent" })).toBeVisible();
  expect(await simulator.calls("SendFriendApplication")).toBe(0);

  await row.getByLabel("UserId", { exact: true }).fill("user_alice");
  await expect(row.getByRole("status", { name: "UserId length" })).toHaveText("10/32 bytes");
});

test("repeated IDs, k5-free key picker and future times are caught at their field", async ({ sendPage }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_bob" }, { userId: "user_bob" }]);
  const first = sendPage.target(1);
  await first.getByRole("button", { name: "Add attribute" }).click();
  await first.getByRole("button", { name: "Add attribute" }).click();
  const secondKey = first.getByRole("group", { name: "Attribute 2" }).getByLabel("Key");
  await expect(secondKey).toHaveValue("k1");
  await expect(secondKey.getByRole("option", { name: "k0" })).toBeDisabled();

  await first.getByLabel("CreateTime", { exact: true }).fill(String(Date.now() + 3_600_000));
  await sendPage.send();
  await expect(sendPage.target(2).getByText("Repeated user ID: ZIM would answer 660800022")).toBeVisible();
  await expect(first.getByText("In the future: ZIM would answer 660800046")).toBeVisible();
});

test("the local-time picker writes the millisecond value", async ({ sendPage }) => {
  const row = sendPage.target(1);
  await row.getByLabel("CreateTime in local time").fill("2024-03-01T12:30:15");
  const expected = String(new Date("2024-03-01T12:30:15").getTime());
  await expect(row.getByLabel("CreateTime", { exact: true })).toHaveValue(expected);
});

test("pasting more IDs than the batch limit fills the rows up to it and says how many were left out", async ({
  sendPage,
  page,
}) => {
  await page.getByRole("button", { name: "Paste user IDs" }).click();
  const ids = Array.from({ length: 25 }, (_, index) => `user_${index + 1}`);
  await page.getByLabel(/User IDs to add/).fill(ids.join("\n"));
  await page.getByRole("button", { name: "Add these IDs" }).click();

  await expect(page.getByText("Added 20 user IDs. 5 left out: the batch limit is 20.")).toBeVisible();
  await expect(page.getByRole("status", { name: "Targets used" })).toHaveText("20/20 targets");
  await expect(sendPage.target(20).getByLabel("UserId", { exact: true })).toHaveValue("user_20");
  await expect(page.getByRole("button", { name: "Add target" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Duplicate target 1", exact: true })).toBeDisabled();
});

test("duplicate copies a target and remove deletes it", async ({ sendPage, page }) => {
  await sendPage.fillTarget(1, { userId: "user_alice", wording: "hello", attributes: [{ key: "k2", value: "x" }] });
  await page.getByRole("button", { name: "Duplicate target 1", exact: true }).click();
  await expect(sendPage.target(2).getByLabel("Wording", { exact: true })).toHaveValue("hello");
  await expect(sendPage.target(2).getByRole("group", { name: "Attribute 1" }).getByLabel("Key")).toHaveValue("k2");
  await page.getByRole("button", { name: "Remove target 1", exact: true }).click();
  await expect(page.getByRole("status", { name: "Targets used" })).toHaveText("1/20 targets");
});

test("the draft survives a reload, and Clear starts over", async ({ sendPage, page }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_alice", wording: "kept across reloads" }, { userId: "user_bob" }]);
  await page.waitForTimeout(400);
  await page.reload();
  await expect(sendPage.fromUserId).toHaveValue("agent_amy");
  await expect(sendPage.target(1).getByLabel("Wording", { exact: true })).toHaveValue("kept across reloads");
  await expect(sendPage.target(2).getByLabel("UserId", { exact: true })).toHaveValue("user_bob");

  await page.getByRole("button", { name: "Clear form" }).click();
  await expect(sendPage.fromUserId).toHaveValue("");
  await expect(sendPage.target(2)).toHaveCount(0);
  await page.reload();
  await expect(sendPage.fromUserId).toHaveValue("");
});

test("user IDs that only some ZEGO pages allow get a warning, not an error", async ({ sendPage }) => {
  await sendPage.fromUserId.fill(" amy,{x}");
  await expect(sendPage.page.getByText(/Leading or trailing space/)).toBeVisible();
  await expect(sendPage.page.getByText(/allowed by only some of ZEGO's pages/)).toBeVisible();
});
