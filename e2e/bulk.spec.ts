import { parse } from "csv-parse/sync";

import { expect, test } from "./fixtures";
import { cookieHeader } from "./support/accounts";
import { csvFor, fans, queueJob, uploadList } from "./support/bulk-list";
import { callBuiltAction } from "./support/server-actions";
import { E2E_BASE } from "./support/server-env";
import { simulator } from "./support/simulator";

test.beforeEach(async ({ page }) => {
  await simulator.reset();
  await page.goto("/bulk");
});

test("a list with good and bad rows: row errors name their code, the job runs to the end, and the export matches ZIM's answers", async ({
  page,
}) => {
  const csv = [
    "fromuserid,UserId,Wording,k0,Notes",
    ...fans(40).map((userId) => `agent_amy,${userId},Hi from support,vip,`),
    "agent_amy,ghost_gary,,,never registered",
    "agent_amy,friend_fred,,,already a friend",
    "agent_amy,agent_amy,,,self",
    "agent_amy,fan_0001,,,repeat",
    `agent_amy,${"x".repeat(33)},,,too long`,
  ].join("\n");
  const callsBefore = await simulator.calls("SendFriendApplication");
  await uploadList(page, csv);

  await expect(page.getByText("Columns not sent (no such field): Notes.")).toBeVisible();
  await expect(page.getByText("3 rows have problems and will be left out.")).toBeVisible();
  await page.getByLabel("Only rows with problems").check();
  const preview = page.getByRole("table", { name: "Rows of the list" });
  await expect(preview.getByRole("row").filter({ hasText: "Same as FromUserId: ZIM would answer 660800020" })).toContainText(
    "44",
  );
  await expect(preview.getByRole("row").filter({ hasText: "Repeated user ID for this FromUserId" })).toContainText("660800022");
  await expect(preview.getByRole("row").filter({ hasText: "660000012" })).toContainText("46");

  const plan = page.getByRole("region", { name: "Plan" });
  await expect(plan.getByRole("definition").nth(0)).toHaveText("3");
  await expect(plan.getByRole("definition").nth(1)).toHaveText("42");

  await queueJob(page, 42);
  await expect(page.getByTestId("job-status")).toHaveText("finished", { timeout: 20_000 });
  await expect(page.getByTestId("done-count")).toHaveText("42 of 42 targets done (100%)");
  await expect(page.getByLabel("Rows by outcome")).toContainText("sent40");
  await expect(page.getByLabel("Rows by outcome")).toContainText("failed2");
  expect(await simulator.calls("SendFriendApplication")).toBe(callsBefore + 3);

  await page.getByRole("combobox", { name: "Outcome" }).selectOption("failed");
  await expect(page.getByRole("table", { name: "Rows of the job" }).getByRole("row")).toHaveCount(3);
  const ghost = page.getByRole("table", { name: "Rows of the job" }).getByRole("row").filter({ hasText: "ghost_gary" });
  await expect(ghost).toContainText("660700015");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export rows (CSV)" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const rows = parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(42);
  const byUser = new Map(rows.map((row) => [row.UserId, row]));
  expect(byUser.get("ghost_gary")).toMatchObject({ Outcome: "failed", SubCode: "660700015" });
  expect(byUser.get("friend_fred")).toMatchObject({ Outcome: "failed", SubCode: "660800027" });
  expect(byUser.get("fan_0007")).toMatchObject({ Outcome: "sent", Wording: "Hi from support", k0: "vip", SubCode: "" });
  expect(byUser.get("fan_0007")?.RequestId).not.toBe("");

  // Each call of the job is a send in History, linked back to the job.
  await ghost.getByRole("link").last().click();
  await page.getByRole("link", { name: /a call of job/ }).click();
  await expect(page.getByTestId("job-status")).toHaveText("finished");
});

test("pause holds the chunks not yet sent, resume goes on, cancel sends nothing more", async ({ page }) => {
  await simulator.injectFaults({ latencyMs: 700 });
  const callsBefore = await simulator.calls("SendFriendApplication");
  await uploadList(page, csvFor("agent_amy", fans(400, 100)));
  await queueJob(page, 400);
  await expect(page.getByTestId("job-status")).toHaveText("running", { timeout: 10_000 });
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("paused");
  // The chunks in flight at the pause finish; then nothing moves.
  await expect(page.getByLabel("Rows by outcome")).toContainText("sending0", { timeout: 10_000 });
  const held = await page.getByTestId("done-count").textContent();
  const calls = await simulator.calls("SendFriendApplication");
  await page.waitForTimeout(2000);
  await expect(page.getByTestId("done-count")).toHaveText(held ?? "");
  expect(await simulator.calls("SendFriendApplication")).toBe(calls);

  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("running");
  await expect(page.getByTestId("done-count")).not.toHaveText(held ?? "", { timeout: 10_000 });
  await page.getByRole("button", { name: "Cancel job" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("cancelled");
  await expect(page.getByLabel("Rows by outcome")).toContainText("sending0", { timeout: 10_000 });
  const finalCalls = await simulator.calls("SendFriendApplication");
  await page.waitForTimeout(1500);
  expect(await simulator.calls("SendFriendApplication")).toBe(finalCalls);
  const outcomes = await page.getByLabel("Rows by outcome").textContent();
  const cancelled = Number(/cancelled(\d+)/.exec(outcomes ?? "")?.[1]);
  const sent = Number(/sent(\d+)/.exec(outcomes ?? "")?.[1]);
  expect(cancelled).toBeGreaterThan(0);
  expect(sent + cancelled).toBe(400);
  // Every sent row went out in exactly one call of 20 targets.
  expect(sent).toBe((finalCalls - callsBefore) * 20);
  await expect(page.getByRole("listitem").filter({ hasText: "cancelled · operator@e2e.test" })).toBeVisible();
});

test.describe("as a viewer", () => {
  test.use({ storageState: "reports/auth/viewer.json" });

  test("a viewer may follow jobs but neither create nor control them", async ({ page }) => {
    await expect(page.getByRole("note")).toHaveText("Your role (viewer) can follow jobs but not create or control them.");
    await expect(page.getByLabel("CSV or TSV file")).toHaveCount(0);
    const progress = await fetch(`${E2E_BASE}/bulk/00000000-0000-4000-8000-000000000000/progress`, {
      headers: { cookie: cookieHeader("viewer") },
    });
    expect(progress.status).toBe(404);
  });
});

test("a pasted list and its settings survive a reload; an unreadable list says why", async ({ page }) => {
  const list = page.getByLabel("List (first line names the columns)");
  await list.fill("Name,Wording\nbob,hi");
  await expect(page.getByRole("alert").filter({ hasText: "at least one called UserId" })).toBeVisible();
  await list.fill("UserId\tWording\nuser_bob\tHi Bob\nuser_carol\t");
  await page.getByLabel("FromUserId for all rows").fill("agent_amy");
  await page.getByLabel("Reason or ticket").fill("ZD-7001");
  await expect(page.getByRole("button", { name: "Queue 2 targets" })).toBeEnabled();
  await page.waitForTimeout(500);
  await page.reload();
  await expect(list).toHaveValue("UserId\tWording\nuser_bob\tHi Bob\nuser_carol\t");
  await expect(page.getByLabel("FromUserId for all rows")).toHaveValue("agent_amy");
  await expect(page.getByLabel("Reason or ticket")).toHaveValue("ZD-7001");
  await expect(page.getByText("Every row passes the send form's checks.")).toBeVisible();
});

test("a long list goes up in parts while the plan is read, a changed list drops its upload, and Queue sends only the last part", async ({
  page,
}) => {
  const senders = ["agent_amy", "agent_bo", "agent_cy"];
  const lines = ["FromUserId,UserId", ...Array.from({ length: 12_000 }, (_, index) => `${senders[index % 3]},long_${index}`)];
  await uploadList(page, lines.join("\n"));
  const sentAhead = page.getByRole("status").filter({ hasText: "Sent ahead while you read the plan: 10,000 of 12,000 rows up." });
  await expect(sentAhead).toBeVisible();

  const discarded = page.waitForResponse((response) => response.url().endsWith("/api/bulk-upload/discard"));
  await page.getByLabel("Send a repeated UserId for one FromUserId in separate calls").check();
  expect(await (await discarded).json()).toEqual({ status: "discarded", rows: 10_000 });
  await expect(sentAhead).toBeVisible();

  const posted: { path: string; isAction: boolean }[] = [];
  page.on("request", (request) => {
    if (request.method() !== "POST") return;
    posted.push({ path: new URL(request.url()).pathname, isAction: request.headers()["next-action"] !== undefined });
  });
  await queueJob(page, 12_000);
  await expect(page.getByTestId("done-count")).toContainText("of 12,000 targets done");
  expect(posted).toEqual([{ path: "/bulk", isAction: true }]);
  await page.getByRole("button", { name: "Cancel job" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("cancelled");
});

test("the server checks repeats across the parts of a list, and an upload takes parts from its own operator only", async () => {
  const row = (rowNumber: number, userId: string) => ({ rowNumber, fromUserId: "agent_amy", userId });
  const uploadId = crypto.randomUUID();
  const post = async (path: string, role: "operator" | "admin", body: unknown) => {
    const response = await fetch(`${E2E_BASE}${path}`, {
      method: "POST",
      headers: { origin: E2E_BASE, "content-type": "application/json", cookie: cookieHeader(role) },
      body: JSON.stringify(body),
    });
    return response.text();
  };
  const stage = (role: "operator" | "admin", rows: unknown[]) =>
    post("/api/bulk-upload", role, { uploadId, rows: JSON.stringify(rows) });
  expect(await stage("operator", [row(2, "fan_0001"), row(3, "fan_0002")])).toContain('"staged":2');
  expect(await stage("admin", [row(4, "fan_0003")])).toContain("This upload is not yours");
  expect(await post("/api/bulk-upload/discard", "admin", { uploadId })).toContain('"rows":0');
  const answer = await callBuiltAction(
    E2E_BASE,
    "createBulkJobAction",
    {
      uploadId,
      environmentId: "simulator",
      confirmation: "",
      reason: "",
      separateRepeats: false,
      rows: JSON.stringify([row(4, "fan_0001")]),
    },
    cookieHeader("operator"),
  );
  expect(answer).toContain("Nothing was queued. row 4 UserId: Repeated user ID for this FromUserId: ZIM would answer 660800022");
  expect(answer).not.toContain("jobId");
});
