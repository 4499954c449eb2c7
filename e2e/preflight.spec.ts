import { expect, test } from "./fixtures";
import { Preflight } from "./pages/preflight";
import { simulator } from "./support/simulator";

const SEEDED = [
  { userId: "user_alice", prediction: "Pending request", outcome: "Sent" as const },
  { userId: "friend_fred", prediction: "Fails 660800027", outcome: "Failed" as const },
  { userId: "oneway_olga", prediction: "Friend at once", outcome: "Sent" as const },
  { userId: "ghost_gary", prediction: "Fails 660700015", outcome: "Failed" as const },
  { userId: "pending_paula", prediction: "Pending request", outcome: "Sent" as const },
];

test("the seeded predictions appear on the form as the IDs are typed, then match the result table", async ({
  sendPage,
  page,
}) => {
  await sendPage.open({ autoCheck: true });
  const preflight = new Preflight(page, sendPage);
  await sendPage.compose(
    "agent_amy",
    SEEDED.map(({ userId }) => ({ userId })),
  );
  await preflight.expectPredictions(SEEDED.map(({ prediction }) => prediction));
  await expect(preflight.panel).toContainText("ZIM would answer Code 0: 3 of 5 targets succeed.");
  await preflight.panel.getByText("show what each target will see").click();
  const olga = preflight.panel.getByRole("row").filter({ hasText: "oneway_olga" });
  await expect(olga).toContainText("without the target's consent");

  await sendPage.send();
  for (const { userId, prediction, outcome } of SEEDED) {
    const row = sendPage.resultRow(userId);
    await expect(row).toContainText(outcome);
    await expect(row).toContainText(prediction);
  }
  await expect(sendPage.result.getByText("Not as predicted")).toHaveCount(0);
});

test("a sender at the friend cap is predicted to fail with 660800028, and one near it is warned", async ({ sendPage, page }) => {
  await sendPage.open({ autoCheck: true });
  const preflight = new Preflight(page, sendPage);
  await sendPage.compose("full_frank", [{ userId: "user_bob" }, { userId: "ghost_gary" }]);
  await preflight.expectPredictions(["Fails 660800028", "Fails 660700015"]);
  await expect(preflight.panel).toContainText("FromUserId has 3,000 friends, the cap of 3,000");
  await sendPage.send();
  await sendPage.expectRow("user_bob", "Failed", 660800028);
  await expect(sendPage.result.getByText("Not as predicted")).toHaveCount(0);

  await sendPage.fromUserId.fill("busy_bella");
  await preflight.expectPredictions(["Pending request", "Fails 660700015"]);
  await expect(preflight.panel).toContainText("FromUserId has 2,999 friends, 1 below the cap of 3,000");
});

test("a change between the check and the send shows as a highlighted mismatch", async ({ sendPage, page }) => {
  await sendPage.open({ autoCheck: true });
  const preflight = new Preflight(page, sendPage);
  await sendPage.compose("agent_amy", [{ userId: "pending_paula" }, { userId: "user_carol" }]);
  await preflight.expectPredictions(["Pending request", "Pending request"]);

  // pending_paula accepts on her phone before the operator sends.
  await simulator.decide({ from: "agent_amy", to: "pending_paula", decision: "accept" });
  await sendPage.send();
  const paula = sendPage.resultRow("pending_paula");
  await expect(paula).toContainText("660800027");
  await expect(paula).toContainText("Not as predicted");
  await expect(paula).toHaveClass(/bg-warning-soft/);
  await expect(sendPage.resultRow("user_carol")).not.toContainText("Not as predicted");
});

test("after a send, the follow-up tells who is a friend now and who has a pending request; Check again sees an accept", async ({
  sendPage,
}) => {
  await sendPage.open({ autoCheck: true });
  await sendPage.compose("agent_amy", [{ userId: "oneway_olga" }, { userId: "user_dave" }]);
  await sendPage.send();
  await expect(sendPage.resultRow("oneway_olga")).toContainText("Now friends");
  await expect(sendPage.resultRow("oneway_olga")).toContainText("friendListChanged");
  await expect(sendPage.resultRow("user_dave")).toContainText("Pending application");
  await expect(sendPage.resultRow("user_dave")).toContainText("friendApplicationListChanged");

  await simulator.decide({ from: "agent_amy", to: "user_dave", decision: "accept" });
  await sendPage.result.getByRole("button", { name: "Check again" }).click();
  await expect(sendPage.resultRow("user_dave")).toContainText("Now friends");
});

test("checks run on demand when automatic checks are off, and can leave predicted failures out of the send", async ({
  sendPage,
  page,
}) => {
  const preflight = new Preflight(page, sendPage);
  await sendPage.compose("agent_amy", [{ userId: "user_erin" }, { userId: "friend_fred" }]);
  await expect(preflight.status(1)).toHaveText("Ready");
  expect(await simulator.calls("CheckFriendsRelation")).toBe(0);

  await preflight.checkNow();
  await preflight.expectPredictions(["Pending request", "Fails 660800027"]);
  await preflight.sendOnlyPredicted.check();
  await sendPage.send();
  await expect(sendPage.result.getByText("Left out as predicted to fail, not sent: friend_fred.")).toBeVisible();
  await sendPage.expectRow("user_erin", "Sent");
  await expect(sendPage.resultRow("friend_fred")).toHaveCount(0);
  // The follow-up waits to be asked too.
  await expect(sendPage.result.getByRole("button", { name: "Check what targets see" })).toBeVisible();

  // The checks are in the audit trail as read-only calls, apart from the sends.
  await page.goto("/history/calls?source=check");
  const checks = page.getByRole("row").filter({ hasText: "preflight" });
  for (const action of ["CheckFriendsRelation", "QueryUserInfos", "QueryFriendList"]) {
    await expect(checks.filter({ hasText: action }).first()).toBeVisible();
  }
  await expect(page.getByRole("cell", { name: "SendFriendApplication" })).toHaveCount(0);
});

test("a send clicked while a check is still answering leaves at once", async ({ sendPage, page }) => {
  await sendPage.open({ autoCheck: true });
  const preflight = new Preflight(page, sendPage);
  const checking = preflight.panel.getByText("Checking 1 targets…");
  // Only the checks' read calls are slow (past the console's own timeout); the send's call is not.
  await simulator.injectFaults({ latencyMs: 6_000, actions: ["QueryUserInfos", "CheckFriendsRelation", "QueryFriendList"] });
  await sendPage.compose("agent_amy", [{ userId: "user_carol" }]);
  await expect(checking).toBeVisible();

  await sendPage.send();
  await expect(sendPage.resultRow("user_carol")).toContainText("Sent");
  // Had the send queued behind the check, the check would have ended first.
  await expect(checking).toBeVisible();

  await expect(checking).toHaveCount(0, { timeout: 10_000 });
  await simulator.clearFaults();
  // The form's check and the send's follow-up each end with a message; on a slow day both are up at once.
  const ended = page.getByRole("status").filter({ hasText: /What the targets see, checked at|Could not check/ });
  await expect(ended.first()).toBeVisible({ timeout: 10_000 });
});

test("with every target predicted to fail, sending only the predicted successes sends nothing and says so", async ({
  sendPage,
  page,
}) => {
  const preflight = new Preflight(page, sendPage);
  await sendPage.compose("agent_amy", [{ userId: "friend_fred" }, { userId: "ghost_gary" }]);
  await preflight.checkNow();
  await preflight.expectPredictions(["Fails 660800027", "Fails 660700015"]);
  await preflight.sendOnlyPredicted.check();
  await page.getByRole("button", { name: "Send friend requests" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "Every target is predicted to fail, so nothing was sent." }),
  ).toBeVisible();
  expect(await simulator.calls("SendFriendApplication")).toBe(0);
  await expect(sendPage.result).toHaveCount(0);

  await preflight.sendOnlyPredicted.uncheck();
  await sendPage.send();
  await sendPage.expectRow("friend_fred", "Failed", 660800027);
  await expect(page.getByText("Every target is predicted to fail")).toHaveCount(0);
});
