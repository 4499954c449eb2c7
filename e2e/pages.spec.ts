import { expect, test } from "./fixtures";

test("every page has its own title, and the console has an icon", async ({ page }) => {
  const titles: [string, string][] = [
    ["/", "Send · ZIM Friend Console"],
    ["/history", "History · ZIM Friend Console"],
    ["/history/calls", "QA calls · ZIM Friend Console"],
    ["/codes", "Codes · ZIM Friend Console"],
    ["/codes/660800027", "660800027 · Codes"],
    ["/decode", "Decode · ZIM Friend Console"],
    ["/users", "Users · ZIM Friend Console"],
    ["/send-as-is", "Send as-is · ZIM Friend Console"],
    ["/suites", "Suites · ZIM Friend Console"],
  ];
  for (const [path, title] of titles) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
  }
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  const response = await page.request.get(icon ?? "/icon.svg");
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});

test("a code the app does not know says so, without claiming retrying will not help", async ({ page }) => {
  await page.goto("/codes/123456789");
  await expect(page.getByText("unknown to this app")).toBeVisible();
  const card = page.getByRole("article", { name: "Code 123456789" });
  await expect(card).toContainText("Whether retrying helps is unknown");
  await expect(card).not.toContainText("will not help");
});

test("an address that leads nowhere gets a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await expect(page.getByRole("link", { name: "History" }).last()).toHaveAttribute("href", "/history");
  await expect(page).toHaveTitle("Not found · ZIM Friend Console");
});
