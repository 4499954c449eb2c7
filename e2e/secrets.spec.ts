import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { E2E_SIM_SECRET } from "./support/server-env";

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("the built client assets never contain the ServerSecret", () => {
  const assets = filesUnder(join(process.cwd(), ".next", "static"));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) expect(readFileSync(asset, "utf8"), asset).not.toContain(E2E_SIM_SECRET);
});

test("nothing the browser receives during a send holds the secret or a live Signature", async ({ sendPage, page }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    bodies.push(await response.text().catch(() => ""));
  });
  await page.reload();
  bodies.push(await page.content());
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
  await sendPage.send();
  await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();

  const received = bodies.join("\n");
  expect(received).toContain("user_alice");
  expect(received).not.toContain(E2E_SIM_SECRET);
  expect(received).toContain("Signature=%5Bredacted%5D");
  expect(received).not.toMatch(/Signature=[0-9a-f]{32}/);
});
