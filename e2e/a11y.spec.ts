import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { Preflight } from "./pages/preflight";
import { storageStatePath } from "./support/accounts";
import { csvFor, fans, queueJob, uploadList } from "./support/bulk-list";
import { OPERATOR_PAGES } from "./support/pages";

type Theme = "light" | "dark";

/** Every rule axe has, at every impact: a violation of any of them fails. */
async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
  );
  expect(summary, `axe on ${state}`).toEqual([]);
}

test("the theme follows the system until a choice is made in the header, which this browser keeps", async ({
  sendPage,
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

  const background = () => page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
  const lightBackground = await background();
  await page.getByLabel("Theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(lightBackground);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(sendPage.fromUserId).toBeVisible();
  await page.getByLabel("Theme").selectOption("system");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

for (const theme of ["light", "dark"] as const satisfies readonly Theme[]) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the send page, empty, with errors, and with a result and its exchange open: no axe violation (${theme})`, async ({
      sendPage,
      page,
    }) => {
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expectNoViolations(page, "the empty form");

      await sendPage.compose("agent_amy", [{ userId: "x".repeat(33) }, { userId: "agent_amy" }]);
      await sendPage.openDetails(1);
      await sendPage.send();
      await expect(page.getByRole("navigation", { name: "Problems" })).toBeVisible();
      await expectNoViolations(page, "the form with errors");

      await sendPage.target(1).getByLabel("UserId", { exact: true }).fill("user_alice");
      await sendPage.target(2).getByLabel("UserId", { exact: true }).fill("friend_fred");
      await sendPage.send();
      await expect(sendPage.result).toBeVisible();
      for (const summary of await sendPage.result.locator("summary").all()) await summary.click();
      await expectNoViolations(page, "the result with the raw exchange open");
    });

    test(`Bulk, History, a send record, QA calls, search, codes, decode, send as-is, suites and 404: no axe violation (${theme})`, async ({
      sendPage,
      page,
    }) => {
      test.setTimeout(90_000);
      await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
      await sendPage.send();
      await expect(sendPage.result).toBeVisible();
      for (const path of OPERATOR_PAGES) {
        await page.goto(path);
        await expectNoViolations(page, path);
      }
      await page.goto("/history");
      await page.getByRole("table", { name: "Sends, newest first" }).getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Send of");
      await expectNoViolations(page, "a send record");
    });

    test(`predictions on the form and in the result, with the follow-up: no axe violation (${theme})`, async ({
      sendPage,
      page,
    }) => {
      await sendPage.open({ autoCheck: true });
      const preflight = new Preflight(page, sendPage);
      await sendPage.compose("busy_bella", [{ userId: "oneway_olga" }, { userId: "ghost_gary" }, { userId: "user_bob" }]);
      await preflight.expectPredictions(["Pending request", "Fails 660700015", "Pending request"]);
      await preflight.panel.getByText("show what each target will see").click();
      await expectNoViolations(page, "the preflight with its warning and table");
      await sendPage.send();
      await expect(sendPage.resultRow("user_bob")).toContainText("Pending application");
      await expectNoViolations(page, "the result with predictions and the follow-up");
    });

    test(`a bulk list's preview and plan, and its job page: no axe violation (${theme})`, async ({ sendPage, page }) => {
      expect(sendPage).toBeTruthy();
      await page.goto("/bulk");
      await uploadList(page, csvFor("agent_amy", [...fans(3), "agent_amy"]));
      await expect(page.getByText("1 row has problems")).toBeVisible();
      await expectNoViolations(page, "the bulk preview and plan");
      await queueJob(page, 3);
      await expect(page.getByTestId("job-status")).toHaveText("finished", { timeout: 15_000 });
      await expectNoViolations(page, "a finished job");
    });
  });

  test.describe(`${theme} theme, as an admin`, () => {
    test.use({ colorScheme: theme, storageState: storageStatePath("admin") });

    test(`Operators: no axe violation (${theme})`, async ({ page }) => {
      await page.goto("/operators");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page, "/operators");
    });
  });

  test.describe(`${theme} theme, signed out`, () => {
    test.use({ colorScheme: theme, storageState: { cookies: [], origins: [] } });

    test(`Sign-in: no axe violation (${theme})`, async ({ page }) => {
      await page.goto("/sign-in");
      await expectNoViolations(page, "/sign-in");
    });
  });
}
