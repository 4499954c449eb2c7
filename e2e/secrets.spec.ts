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
  const leaking = assets.filter((asset) => readFileSync(asset, "utf8").includes(E2E_SIM_SECRET));
  expect(leaking).toEqual([]);
});

test("nothing the browser receives during a send holds the secret or a live Signature", async ({ sendPage, page }) => {
  const received: { method: string; body: string }[] = [];
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    received.push({ method: route.request().method(), body });
    await route.fulfill({ response, body });
  });
  await page.reload();
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
  await sendPage.send();
  await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
  // Link prefetches may still be in flight; stop capturing before the test ends.
  await page.unrouteAll({ behavior: "wait" });

  const actionAnswers = received.filter(({ method, body }) => method === "POST" && body.includes("user_alice"));
  expect(actionAnswers, "the server action's answer was captured").toHaveLength(1);
  expect(actionAnswers[0]?.body.includes("Signature=%5Bredacted%5D"), "the request inspector shows a redacted Signature").toBe(
    true,
  );
  const everything = [await page.content(), ...received.map(({ body }) => body)].join("\n");
  expect(everything.includes(E2E_SIM_SECRET), "the secret in anything the browser received").toBe(false);
  expect(/Signature=[0-9a-f]{32}/.test(everything), "a live Signature in anything the browser received").toBe(false);
});
