import { expect, test } from "./fixtures";
import { simulator } from "./support/simulator";

/** Answers PostgreSQL cannot store as they come: each must still be shown and recorded, never "try again". */
const ODD_ANSWERS = [
  {
    name: "U+0000 in Message",
    body: '{"Code":0,"Message":"ok\\u0000","RequestId":"7001","ErrorList":[]}',
    altered: true,
    status: "All sent",
  },
  {
    name: "U+0000 in an ErrorList UserId",
    body: '{"Code":0,"Message":"","RequestId":"7002","ErrorList":[{"UserId":"user_bob\\u0000","SubCode":660000001}]}',
    altered: true,
    status: "Partly sent",
  },
  {
    name: "a SubCode above 2^31",
    body: '{"Code":0,"Message":"","RequestId":"7003","ErrorList":[{"UserId":"user_bob","SubCode":2147483649}]}',
    altered: false,
    status: "Partly sent",
  },
  {
    name: "a lone surrogate in Message",
    body: '{"Code":0,"Message":"\\ud800","RequestId":"7004","ErrorList":[]}',
    altered: true,
    status: "All sent",
  },
];

for (const answer of ODD_ANSWERS) {
  test(`an answer with ${answer.name} is shown and recorded`, async ({ sendPage, page }) => {
    await simulator.injectFaults({ answerBody: answer.body, remaining: 1 });
    await sendPage.compose("agent_amy", [{ userId: "user_alice" }, { userId: "user_bob" }]);
    await sendPage.send();
    await expect(sendPage.result.getByLabel("RequestId", { exact: true })).toHaveText(JSON.parse(answer.body).RequestId);
    await expect(sendPage.result.getByText("cannot be stored")).toHaveCount(answer.altered ? 1 : 0);
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
    await expect(sendPage.result.getByText("do not send again")).toHaveCount(0);

    await page.goto(`/history?requestId=${JSON.parse(answer.body).RequestId}`);
    const row = page.getByRole("row").filter({ hasText: JSON.parse(answer.body).RequestId });
    await expect(row).toContainText(answer.status);
    if (answer.name.includes("2^31")) {
      await page.goto("/history?code=2147483649");
      await expect(page.getByRole("row").filter({ hasText: "7003" })).toHaveCount(1);
    }
  });
}
