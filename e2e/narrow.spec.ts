import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { storageStatePath } from "./support/accounts";
import { OPERATOR_PAGES } from "./support/pages";

const PHONE = { width: 390, height: 844 };

/** The page's widest element fits the screen: nothing makes the whole page scroll sideways. */
async function expectNoHorizontalOverflow(page: Page, path: string) {
  const { scrollWidth, clientWidth, culprit } = await page.evaluate(() => {
    const root = document.documentElement;
    const widest = [...document.querySelectorAll("body *")].find(
      (element) => element.getBoundingClientRect().right > root.clientWidth + 1 && !element.closest("[tabindex='0']"),
    );
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      culprit: widest ? `${widest.tagName.toLowerCase()}.${String(widest.className).slice(0, 80)}` : "",
    };
  });
  expect(scrollWidth, `${path} overflows at 390 px: ${culprit}`).toBeLessThanOrEqual(clientWidth);
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  test("no page scrolls sideways, and the per-user result turns into cards", async ({ sendPage, page }) => {
    await expectNoHorizontalOverflow(page, "/");
    await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "friend_fred" }]);
    await sendPage.send();
    await expect(sendPage.result).toBeVisible();
    await expectNoHorizontalOverflow(page, "the send result");
    const fred = sendPage.result
      .getByRole("list", { name: "Per-user result" })
      .getByRole("listitem")
      .filter({ hasText: "friend_fred" });
    await expect(fred).toContainText("What to do:");
    await expect(fred).toContainText("660800027");
    const box = await fred.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    for (const path of OPERATOR_PAGES) {
      await page.goto(path);
      await expectNoHorizontalOverflow(page, path);
    }
    await page.goto("/history");
    const row = page.getByRole("table", { name: "Sends, newest first" }).getByRole("row").nth(1);
    await expect(row.getByRole("cell", { name: /RequestId/ }).first()).toBeHidden();
    await row.getByText("More").click();
    await expect(row.getByRole("definition").first()).toBeVisible();
    await row.getByRole("link").first().click();
    await expectNoHorizontalOverflow(page, "a send record");
  });

  test.describe("as an admin", () => {
    test.use({ storageState: storageStatePath("admin") });
    test("Operators fits the screen", async ({ page }) => {
      await page.goto("/operators");
      await expectNoHorizontalOverflow(page, "/operators");
    });
  });
});

test("the per-user result follows the window between table and cards", async ({ sendPage, page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "friend_fred" }]);
  await sendPage.send();
  // Hidden ones count too: only the layout the screen shows is in the page at all.
  const table = sendPage.result.getByRole("table", { name: "Per-user result", includeHidden: true });
  const cards = sendPage.result.getByRole("list", { name: "Per-user result", includeHidden: true });
  await expect(table.getByRole("row").filter({ hasText: "friend_fred" })).toContainText("660800027");
  await expect(cards).toHaveCount(0);

  await page.setViewportSize(PHONE);
  await expect(cards.getByRole("listitem").filter({ hasText: "friend_fred" })).toContainText("660800027");
  await expect(cards).toBeVisible();
  await expect(table).toHaveCount(0);

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(table.getByRole("row").filter({ hasText: "friend_fred" })).toBeVisible();
});
