import { expect, test } from "./fixtures";
import { E2E_TIMEOUT_MS } from "./support/server-env";
import { simulator } from "./support/simulator";

const FAULTS = [
  { name: "HTTP 500", faults: { failure: "http-500" as const }, message: "ZIM answered HTTP 500" },
  { name: "a body that is not JSON", faults: { failure: "non-json" as const }, message: "a body that is not JSON (text/html)" },
  { name: "a dropped connection", faults: { failure: "drop" as const }, message: "the connection was dropped" },
  {
    name: "latency past the timeout",
    faults: { latencyMs: E2E_TIMEOUT_MS + 1500 },
    message: `did not answer within ${E2E_TIMEOUT_MS} ms`,
    hint: "No RequestId was received",
  },
];

for (const fault of FAULTS) {
  test(`${fault.name} gives a clear error, keeps the form, and the next send works`, async ({ sendPage }) => {
    await simulator.injectFaults({ ...fault.faults, remaining: 1 });
    await sendPage.compose("agent_amy", [{ userId: "user_alice", wording: "still here" }]);
    await sendPage.send();

    const alert = sendPage.result.getByRole("alert");
    await expect(alert).toContainText("The call did not complete");
    await expect(alert).toContainText(fault.message);
    if ("hint" in fault) {
      await expect(alert).toContainText(fault.hint ?? "");
      await expect(sendPage.result.getByText("No RequestId came back, so ZIM may already have sent these")).toBeVisible();
    }
    await expect(sendPage.target(1).getByLabel("Wording", { exact: true })).toHaveValue("still here");

    await sendPage.send();
    await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
  });
}

test("added latency under the timeout still succeeds and shows in the summary", async ({ sendPage }) => {
  await simulator.injectFaults({ latencyMs: 600, remaining: 1 });
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
  await sendPage.send();
  await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
  const latency = await sendPage.result.getByText(/ms ZIM/).textContent();
  expect(Number(latency?.match(/(\d+) ms ZIM/)?.[1])).toBeGreaterThanOrEqual(600);
});
