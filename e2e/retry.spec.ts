import { expect, test } from "./fixtures";
import { simulator } from "./support/simulator";

test("retry re-sends exactly the retryable targets, as a new send linked to the original", async ({ sendPage, page }) => {
  await simulator.injectFaults({ targetSubCodes: { user_bob: 660000001 } });
  await sendPage.compose("agent_amy", [
    { userId: "user_alice" },
    { userId: "user_bob" },
    { userId: "friend_fred" },
    { userId: "ghost_gary" },
  ]);
  await sendPage.send();
  await sendPage.expectRow("user_bob", "Failed", 660000001);

  const panel = sendPage.result.getByRole("region", { name: "Retry failed targets" });
  await expect(panel).toContainText("Can succeed if sent again: user_bob");
  const excluded = panel.getByRole("list", { name: "Excluded from retry" });
  await expect(excluded).toContainText("friend_fred: 660800027");
  await expect(excluded).toContainText("ghost_gary: 660700015");
  await expect(excluded).not.toContainText("user_bob");

  await simulator.clearFaults();
  await panel.getByRole("button", { name: "Retry 1 target" }).click();
  await panel.getByRole("link", { name: "Open the retry" }).click();

  await expect(page.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
  const rows = page.getByRole("region", { name: "Result" }).getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await sendPage.expectRow("user_bob", "Sent");
  await page.getByRole("link", { name: "the original send" }).click();
  await sendPage.expectRow("ghost_gary", "Failed", 660700015);
});
