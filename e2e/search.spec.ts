import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import type { SendPage } from "./pages/send-page";

/** A send with this ticket; answers ZIM's RequestId. */
async function sendWithTicket(sendPage: SendPage, ticket: string): Promise<string> {
  await sendPage.page.getByLabel(/Reason or ticket/).fill(ticket);
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
  await sendPage.send();
  await expect(sendPage.result.getByLabel("RequestId", { exact: true })).not.toBeEmpty();
  return (await sendPage.result.getByLabel("RequestId", { exact: true }).textContent()) ?? "";
}

/** A send-as-is call with this ticket; answers ZIM's RequestId. */
async function qaCallWithTicket(page: Page, ticket: string): Promise<string> {
  await page.goto("/send-as-is");
  await page.getByLabel(/Reason or ticket/).fill(ticket);
  await page.getByLabel("Action").fill("QueryFriendList");
  await page.getByLabel("Body, sent byte for byte").fill('{"FromUserId":"qa_quinn","Limit":10,"Next":0}');
  await page.getByRole("button", { name: /Send as-is/ }).click();
  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByLabel("Code", { exact: true })).toHaveText(/\d+/);
  return (await result.getByLabel("RequestId", { exact: true }).textContent()) ?? "";
}

test("one search box finds a send and a QA call by ticket prefix, any case, grouped by kind", async ({ sendPage, page }) => {
  const stamp = Date.now();
  await sendWithTicket(sendPage, `ZD-${stamp}-send`);
  await qaCallWithTicket(page, `ZD-${stamp}-qa`);

  const box = page.getByRole("search", { name: "Search sends and QA calls" });
  await box.getByLabel("Search by RequestId, ticket or user ID").fill(`zd-${stamp}`);
  await box.getByLabel("Search by RequestId, ticket or user ID").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { name: "Sends (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "QA calls (1)" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Sends, newest first" })).toContainText(`ZD-${stamp}-send`);
  await expect(page.getByRole("table", { name: "Send-as-is and suite calls, newest first" })).toContainText("QueryFriendList");

  // A target UserId prefix finds QA calls too (from their body), and History's own box narrows sends.
  await page.goto(`/search?q=QA_QUI`);
  await expect(page.getByRole("heading", { name: /^QA calls \([1-9]\d*\)$/ })).toBeVisible();
  await page.goto("/history");
  const filters = page.getByRole("search", { name: "Filter sends" });
  await filters.getByLabel("Search", { exact: true }).fill(`ZD-${stamp}`);
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 send ·" })).toBeVisible();
});

test("/r/<RequestId> opens the send or QA call ZIM answered with it", async ({ sendPage, page }) => {
  const stamp = Date.now();
  const sendRequestId = await sendWithTicket(sendPage, `R-${stamp}`);
  const callRequestId = await qaCallWithTicket(page, `R-${stamp}-qa`);

  await page.goto(`/r/${sendRequestId}`);
  await expect(page).toHaveURL(/\/history\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("definition").filter({ hasText: `R-${stamp}` })).toBeVisible();

  await page.goto(`/r/${callRequestId}`);
  await expect(page).toHaveURL(/\/history\/calls\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("QueryFriendList call of");
  await expect(page.getByRole("definition").filter({ hasText: `R-${stamp}-qa` })).toBeVisible();

  await page.goto("/r/no-such-request");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No send or call with RequestId no-such-request");
});

test("QA calls have the filters sends have: tool, FromUserId, search", async ({ page }) => {
  const stamp = Date.now();
  await qaCallWithTicket(page, `F-${stamp}`);
  await page.goto("/history/calls");
  const filters = page.getByRole("search", { name: "Filter QA calls" });
  await filters.getByLabel("Search", { exact: true }).fill(`f-${stamp}`);
  await filters.getByLabel("Tool").selectOption("as-is");
  await filters.getByLabel("FromUserId", { exact: true }).fill("qa_quinn");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 call ·" })).toBeVisible();
  await filters.getByLabel("Tool").selectOption("suite");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("status").filter({ hasText: "0 calls ·" })).toBeVisible();
});

test.describe("in the viewer's time zone", () => {
  test.use({ timezoneId: "Asia/Shanghai" });

  test("History shows times with the viewer's offset, UTC on hover, and reads date filters in that zone", async ({
    sendPage,
    page,
  }) => {
    const ticket = `TZ-${Date.now()}`;
    await sendWithTicket(sendPage, ticket);
    await page.goto("/history");
    const when = page.getByRole("row").filter({ hasText: ticket }).locator("time");
    await expect(when).toContainText("GMT+8");
    await expect(when).toHaveAttribute("title", / UTC$/);

    // An hour ago in Shanghai wall time finds it; the same wall time read as UTC would be 8 hours off and miss it.
    const shanghaiWall = (offsetMs: number) => new Date(Date.now() + offsetMs + 8 * 3_600_000).toISOString().slice(0, 16);
    const filters = page.getByRole("search", { name: "Filter sends" });
    await filters.getByLabel(/^Since/).fill(shanghaiWall(-3_600_000));
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: ticket })).toHaveCount(1);
    await expect(page).toHaveURL(/tz=Asia%2FShanghai/);
    await filters.getByLabel(/^Since/).fill(shanghaiWall(60_000));
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: ticket })).toHaveCount(0);

    // The CSV keeps ISO 8601 UTC for machines and adds the viewer's time for people.
    await page.goto("/history");
    await page.getByRole("row").filter({ hasText: ticket }).getByRole("link").first().click();
    const csvLink = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    const response = await page.request.get(csvLink!);
    const csv = await response.text();
    expect(csv.split("\n")[0]).toBe(
      "SentAtUtc,SentAt (Asia/Shanghai),FromUserId,RequestId,Ticket,UserId,Outcome,SubCode,Meaning,What to do",
    );
    expect(csv.split("\n")[1]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z,.*GMT\\+8.*,agent_amy,\\d+,${ticket},user_alice,Sent,`),
    );
    expect(response.headers()["content-disposition"]).toMatch(new RegExp(`filename="send-${ticket}-\\d+\\.csv"`));
  });
});
