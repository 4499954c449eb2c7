import { expect, test } from "./fixtures";
import { simulator } from "./support/simulator";

test("a send to three targets with attributes shows every target as sent", async ({ sendPage }) => {
  await sendPage.compose("agent_amy", [
    {
      userId: "user_alice",
      wording: "Hi Alice",
      friendAlias: "Alice",
      attributes: [
        { key: "k0", value: "vip" },
        { key: "k3", value: "north" },
      ],
    },
    { userId: "user_bob", attributes: [{ key: "k1", value: "bob-tag" }] },
    { userId: "user_carol", wording: "你好" },
  ]);
  await sendPage.send();

  await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
  await expect(sendPage.result.getByLabel("Sent count")).toHaveText("3");
  await expect(sendPage.result.getByLabel("Failed count")).toHaveText("0");
  await expect(sendPage.result.getByLabel("RequestId", { exact: true })).toHaveText(/^\d+$/);
  for (const userId of ["user_alice", "user_bob", "user_carol"]) await sendPage.expectRow(userId, "Sent");

  await sendPage.result.getByText("Request as sent").click();
  await expect(sendPage.result.getByLabel("Request body")).toContainText(`"Key":"k3"`);
  await expect(sendPage.result.getByText(/Signature=%5Bredacted%5D/)).toBeVisible();
});

test("a partial failure lists each failed target with its SubCode and meaning", async ({ sendPage }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "friend_fred" }, { userId: "ghost_gary" }]);
  await sendPage.send();

  await expect(sendPage.result.getByRole("heading", { name: "Partly sent: some targets failed" })).toBeVisible();
  await sendPage.expectRow("user_alice", "Sent");
  await sendPage.expectRow("friend_fred", "Failed", 660800027);
  await expect(sendPage.resultRow("friend_fred")).toContainText("already in FromUserId's friend list");
  await sendPage.expectRow("ghost_gary", "Failed", 660700015);
  await expect(sendPage.resultRow("ghost_gary")).toContainText("Register the user");

  const groups = sendPage.result.getByRole("region", { name: "Failures by cause" });
  await expect(groups).toContainText("660800027 · 1 user");
  await expect(groups).toContainText("660700015 · 1 user");
});

test("a target equal to FromUserId is refused at the field before anything is sent", async ({ sendPage }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "agent_amy" }]);
  await sendPage.send();
  await expect(sendPage.target(2).getByText("Same as FromUserId: ZIM would answer 660800020")).toBeVisible();
  expect(await simulator.calls("SendFriendApplication")).toBe(0);
});

test("a one-way friend is accepted at once and appears in QueryFriendList", async ({ sendPage }) => {
  await sendPage.compose("agent_amy", [{ userId: "oneway_olga", friendAlias: "Olga" }]);
  await sendPage.send();
  await sendPage.expectRow("oneway_olga", "Sent");

  const list = await simulator.call("QueryFriendList", { FromUserId: "agent_amy" }, "GET");
  expect(list.FriendInfos).toContainEqual(expect.objectContaining({ UserId: "oneway_olga", FriendAlias: "Olga" }));
});

const REQUEST_LEVEL_FAILURES = [
  {
    name: "the rate limit",
    setup: { rateLimitPerSecond: 0 },
    code: 660300005,
    headline: "Whole call rejected: Code 660300005",
    advice: "Retrying can help.",
  },
  {
    name: "a wrong secret",
    setup: { serverSecret: "not-the-console-secret" },
    code: 100000005,
    headline: "Whole call rejected: Code 100000005",
    advice: "ZIM looked at none of the targets",
  },
];

for (const failure of REQUEST_LEVEL_FAILURES) {
  test(`${failure.name} is explained above the table`, async ({ sendPage }) => {
    await simulator.configure(failure.setup);
    await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "user_bob" }]);
    await sendPage.send();

    await expect(sendPage.result.getByRole("heading", { name: "ZIM rejected the whole call" })).toBeVisible();
    const explanation = sendPage.result.getByRole("region", { name: failure.headline });
    await expect(explanation).toContainText(failure.advice);
    await expect(sendPage.result.getByLabel("Code", { exact: true })).toHaveText(String(failure.code));
    await sendPage.expectRow("user_alice", "Failed");
    await expect(sendPage.resultRow("user_bob")).toContainText(`rejected the whole call with Code ${failure.code}`);
  });
}
