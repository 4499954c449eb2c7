import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import type { SendPage } from "./pages/send-page";
import { ACCOUNTS } from "./support/accounts";
import { E2E_SIM_SECRET } from "./support/server-env";
import { simulator } from "./support/simulator";

/** A send to three targets of which two fail, under a ticket of its own. */
async function sendPartlyFailing(page: Page, sendPage: SendPage) {
  const ticket = `TICKET-${Date.now()}`;
  await page.getByLabel(/Reason or ticket/).fill(ticket);
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "friend_fred" }, { userId: "ghost_gary" }]);
  await sendPage.send();
  await expect(sendPage.result.getByRole("heading", { name: "Partly sent: some targets failed" })).toBeVisible();
  const requestId = (await sendPage.result.getByLabel("RequestId", { exact: true }).textContent()) ?? "";
  return { ticket, requestId };
}

test("a send is in History with operator, reason and per-user outcomes; filters and RequestId search find it", async ({
  sendPage,
  page,
}) => {
  const { ticket, requestId } = await sendPartlyFailing(page, sendPage);

  await page.goto("/history");
  const row = page.getByRole("row").filter({ hasText: ticket });
  await expect(row).toContainText(ACCOUNTS.operator.email);
  await expect(row).toContainText("Partly sent");
  await expect(row).toContainText("1 sent, 2 failed");

  const search = page.getByRole("search", { name: "Filter sends" });
  await search.getByLabel("RequestId starts with").fill(requestId);
  await search.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 send ·" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: ticket })).toBeVisible();

  await page.goto("/history");
  await search.getByLabel("Outcome").selectOption("partial");
  await search
    .getByLabel(/^Since/)
    .fill(new Date(Date.now() - 3_600_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
  await search.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("row").filter({ hasText: ticket })).toHaveCount(1);
  await search.getByLabel("Outcome").selectOption("all-sent");
  await search.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("row").filter({ hasText: ticket })).toHaveCount(0);
  await search.getByLabel("Outcome").selectOption("");
  await search.getByLabel(/^Since/).fill("");
  await search.getByLabel(/^Until/).fill("2020-01-01T00:00");
  await search.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("row").filter({ hasText: ticket })).toHaveCount(0);

  const filters: [string, string, boolean][] = [
    ["Target UserId", "ghost_gary", true],
    ["Target UserId", "user_dave", false],
    ["Code or SubCode", "660800027", true],
    ["Operator email", ACCOUNTS.admin.email, false],
  ];
  for (const [label, value, found] of filters) {
    await page.goto("/history");
    await search.getByLabel(label).fill(value);
    await search.getByLabel("FromUserId").fill("agent_amy");
    await search.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: ticket })).toHaveCount(found ? 1 : 0);
  }
});

test("a send's page in History exports its per-user outcomes as CSV and JSON, without the secret", async ({ sendPage, page }) => {
  const { ticket, requestId } = await sendPartlyFailing(page, sendPage);

  await page.goto(`/history?requestId=${requestId}`);
  await page.getByRole("row").filter({ hasText: ticket }).getByRole("link").first().click();
  await expect(page.getByRole("definition").filter({ hasText: ticket })).toBeVisible();
  await sendPage.expectRow("friend_fred", "Failed", 660800027);

  const csvLink = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  const csv = await (await page.request.get(csvLink!)).text();
  expect(csv.trim().split("\n")).toHaveLength(4);
  expect(csv).toContain("UserId,Outcome,SubCode,Meaning,What to do");
  expect(csv).toMatch(/friend_fred,Failed,660800027,/);
  expect(csv).toMatch(/user_alice,Sent,,/);

  const jsonLink = await page.getByRole("link", { name: "Export JSON" }).getAttribute("href");
  const jsonText = await (await page.request.get(jsonLink!)).text();
  const json = JSON.parse(jsonText);
  expect(json).toMatchObject({
    operator: ACCOUNTS.operator.email,
    reason: ticket,
    fromUserId: "agent_amy",
    environment: { id: "simulator" },
  });
  expect(json.targets).toEqual([
    { userId: "user_alice", outcome: "sent", subCode: null },
    { userId: "friend_fred", outcome: "failed", subCode: 660800027 },
    { userId: "ghost_gary", outcome: "failed", subCode: 660700015 },
  ]);
  for (const exported of [csv, jsonText]) {
    expect(exported.includes(E2E_SIM_SECRET), "secret in an export").toBe(false);
    expect(/Signature=[0-9a-f]{32}/.test(exported), "live Signature in an export").toBe(false);
  }
});

test("a double submit of the same attempt reaches ZIM once and is recorded once", async ({ sendPage, page }) => {
  const ticket = `DOUBLE-${Date.now()}`;
  await page.getByLabel(/Reason or ticket/).fill(ticket);
  await sendPage.compose("agent_amy", [{ userId: "user_bob" }]);
  const before = await simulator.calls("SendFriendApplication");
  await page.getByRole("form", { name: "SendFriendApplication" }).evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await simulator.calls("SendFriendApplication")).toBe(before + 1);
  await page.goto("/history");
  await expect(page.getByRole("row").filter({ hasText: ticket })).toHaveCount(1);
});
