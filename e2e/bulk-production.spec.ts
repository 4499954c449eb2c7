import { expect, test } from "./fixtures";
import { PASSWORD, storageStatePath } from "./support/accounts";
import { csvFor, fans, uploadList } from "./support/bulk-list";
import { PRODUCTION_ENVIRONMENT } from "./support/server-env";
import { signInElsewhere } from "./support/sign-in";
import { simulator } from "./support/simulator";

test.use({ storageState: storageStatePath("admin") });

test("a production job needs an admin and the typed count; above the threshold it waits for a second admin", async ({
  page,
  browser,
}) => {
  await simulator.reset();
  const calls = await simulator.calls("SendFriendApplication");
  await page.goto("/bulk");
  await page.getByRole("combobox", { name: "Environment" }).selectOption(PRODUCTION_ENVIRONMENT.id);
  await uploadList(page, csvFor("agent_amy", fans(40, 500)));
  await expect(page.getByText("waits for a second admin's approval")).toBeVisible();
  const confirm = page.getByLabel("Production: type the number of targets to confirm");
  await confirm.fill("4O");
  await page.getByRole("button", { name: "Queue 40 targets" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Type the number of targets exactly" })).toBeVisible();
  await confirm.fill("40");
  await page.getByRole("button", { name: "Queue 40 targets" }).click();
  await page.waitForURL(/\/bulk\/[0-9a-f-]{36}$/);
  const jobUrl = page.url();
  await expect(page.getByTestId("job-status")).toHaveText("awaiting-approval");

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "A second admin must approve this job: you created it." }),
  ).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await simulator.calls("SendFriendApplication")).toBe(calls);

  // A second admin, added for this test, approves; the job then runs.
  const email = `second-admin-${Date.now()}@e2e.test`;
  await page.goto("/operators");
  const form = page.getByRole("form", { name: "New operator" });
  await form.getByLabel("Name").fill("Second Admin");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByLabel("Role").selectOption("admin");
  await form.getByRole("button", { name: "Add operator" }).click();
  await expect(page.getByRole("rowheader", { name: email })).toBeVisible();

  const approver = await signInElsewhere(browser, email);
  await approver.goto(jobUrl);
  await approver.getByRole("button", { name: "Approve" }).click();
  await expect(approver.getByTestId("job-status")).toHaveText("finished", { timeout: 20_000 });
  await expect(approver.getByText(`approved by ${email}`)).toBeVisible();
  await expect(approver.getByRole("listitem").filter({ hasText: `approved · ${email}` })).toBeVisible();
  expect(await simulator.calls("SendFriendApplication")).toBe(calls + 2);
  await approver.context().close();
});

test("a long production list refused for its typed count goes up again, and the next click queues it whole", async ({ page }) => {
  await page.goto("/bulk");
  await page.getByRole("combobox", { name: "Environment" }).selectOption(PRODUCTION_ENVIRONMENT.id);
  await uploadList(page, csvFor("agent_amy", fans(12_000, 20_000)));
  const sentAhead = page.getByRole("status").filter({ hasText: "Sent ahead while you read the plan: 10,000 of 12,000 rows up." });
  await expect(sentAhead).toBeVisible();
  const confirm = page.getByLabel("Production: type the number of targets to confirm");
  await confirm.fill("1200");
  const discarded = page.waitForResponse((response) => response.url().endsWith("/api/bulk-upload/discard"));
  await page.getByRole("button", { name: "Queue 12,000 targets" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Type the number of targets exactly" })).toBeVisible();
  expect(await (await discarded).json()).toEqual({ status: "discarded", rows: 10_000 });
  await expect(sentAhead).toBeVisible();

  await confirm.fill("12000");
  await page.getByRole("button", { name: "Queue 12,000 targets" }).click();
  await page.waitForURL(/\/bulk\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("job-status")).toHaveText("awaiting-approval");
  await expect(page.getByTestId("done-count")).toContainText("of 12,000 targets done");
  await page.getByRole("button", { name: "Cancel job" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("cancelled");
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("an operator cannot queue a production job", async ({ page }) => {
    await page.goto("/bulk");
    await page.getByRole("combobox", { name: "Environment" }).selectOption(PRODUCTION_ENVIRONMENT.id);
    await uploadList(page, csvFor("agent_amy", fans(3)));
    await expect(page.getByRole("alert").filter({ hasText: "only admins can send to it" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Queue 3 targets" })).toBeDisabled();
  });
});
