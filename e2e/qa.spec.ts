import { execFileSync } from "node:child_process";

import { expect, test } from "./fixtures";
import { E2E_BASE, E2E_SIM_APP_ID, E2E_SIM_SECRET, PRODUCTION_ENVIRONMENT } from "./support/server-env";
import { simulator } from "./support/simulator";

test("the code reference finds codes by number and words, and every code shown links to it", async ({ sendPage, page }) => {
  await sendPage.compose("agent_amy", [{ userId: "friend_fred" }, { userId: "user_alice" }]);
  await sendPage.send();
  await sendPage.resultRow("friend_fred").getByRole("link", { name: "660800027" }).click();
  await expect(page).toHaveURL(/\/codes\/660800027$/);
  await expect(page.getByRole("article", { name: "Code 660800027" })).toContainText("already in FromUserId's friend list");

  await page.goto("/codes");
  const search = page.getByRole("search", { name: "Search codes" });
  await search.getByLabel("Code or words").fill("660800022");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 code" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Code 660800022" })).toContainText("Retrying the same call will not help.");

  await search.getByLabel("Code or words").fill("rate limit");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("region", { name: "Rate limits" }).getByRole("article", { name: "Code 660300005" })).toContainText(
    "Retrying can help.",
  );
});

test("decode: a pasted answer reads like a live send; malformed JSON is pointed at", async ({ page }) => {
  await page.goto("/decode");
  const response = page.getByLabel("ZIM response (JSON)");
  await response.fill('{\n  "Code": 0,\n  "Message": "success"\n  "RequestId": "1"\n}');
  await page.getByRole("button", { name: "Decode" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not valid JSON at line 4, column 3" })).toBeVisible();

  await response.fill('{"Code":0,"Message":"success","RequestId":"77","ErrorList":[{"UserID":"b","SubCode":660800022}]}');
  await page
    .getByLabel("Request body it answered (optional)")
    .fill('{"FromUserId":"amy","FriendInfos":[{"UserId":"a"},{"UserId":"b"},{"UserId":"b"}]}');
  await page.getByRole("button", { name: "Decode" }).click();
  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByRole("heading", { name: "Partly sent: some targets failed" })).toBeVisible();
  await expect(result.getByLabel("Sent count")).toHaveText("2");
  const rows = result.getByRole("table").getByRole("row");
  await expect(rows.nth(2)).toContainText("Sent");
  await expect(rows.nth(3)).toContainText("660800022");

  // Without the request, Code 0 says someone was sent to, not "Sent 0".
  await page.getByLabel("Request body it answered (optional)").fill("");
  await page.getByRole("button", { name: "Decode" }).click();
  await expect(result.getByLabel("Sent count")).toHaveText("at least 1 — paste the request to see who");
  await expect(result.getByLabel("Failed count")).toHaveText("1");
});

test("send as-is: a body the form refuses gets the simulator's exact code", async ({ page }) => {
  await page.goto("/send-as-is");
  await page
    .getByLabel("Body, sent byte for byte")
    .fill('{"FromUserId":"agent_amy","FriendInfos":[{"UserId":"user_alice","Attributes":[{"Key":"k5","Value":"v"}]}]}');
  await page.getByRole("button", { name: /Send as-is/ }).click();
  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByLabel("Code", { exact: true })).toHaveText("660800023");
  await expect(result.getByRole("table")).toContainText("660800023");
  await expect(result.getByLabel("Request body")).toHaveText(
    '{"FromUserId":"agent_amy","FriendInfos":[{"UserId":"user_alice","Attributes":[{"Key":"k5","Value":"v"}]}]}',
  );

  await page.goto("/history/calls");
  const latest = page.getByRole("row").nth(1);
  await expect(latest).toContainText("operator@e2e.test");
  await expect(latest).toContainText("as-is");
  await expect(latest).toContainText("SendFriendApplication");
  await expect(latest).toContainText("660800023");
});

/** The Date header has one-second resolution, so the computed age may be off by one. */
const PROBES: { label: string; omit?: string; code: string; doctor: string | RegExp }[] = [
  { label: "Sign with a wrong secret", code: "100000005", doctor: "MD5 signature" },
  { label: "Timestamp older than 10 minutes", code: "100000004", doctor: /(899|900|901) s old/ },
  { label: "Leave a parameter out", omit: "Timestamp", code: "100000002", doctor: "Timestamp present" },
  { label: "Leave a parameter out", omit: "SignatureNonce", code: "100000008", doctor: "SignatureNonce present" },
];

for (const probe of PROBES) {
  test(`gateway probe "${probe.label}${probe.omit ? `: ${probe.omit}` : ""}" answers ${probe.code}, explained by the doctor`, async ({
    page,
  }) => {
    await page.goto("/send-as-is");
    await page.getByLabel("Gateway probe").selectOption({ label: probe.label });
    if (probe.omit) await page.getByLabel("Parameter to leave out").selectOption(probe.omit);
    await page.getByRole("button", { name: /Send as-is/ }).click();
    const result = page.getByRole("region", { name: "Result" });
    await expect(result.getByLabel("Code", { exact: true })).toHaveText(probe.code);
    await expect(result.getByRole("region", { name: "Signature doctor" })).toContainText(probe.doctor);
  });
}

test("gateway probe: a reused nonce is refused with 100000005 after a first call that passed", async ({ page }) => {
  await page.goto("/send-as-is");
  await page.getByLabel("Gateway probe").selectOption({ label: "Reuse a nonce" });
  await page.getByRole("button", { name: /Send as-is/ }).click();
  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByLabel("Code", { exact: true })).toHaveText("100000005");
  await expect(result).toContainText("The first call with this nonce answered 0; the reuse answered 100000005.");
  await expect(result.getByRole("region", { name: "Signature doctor" })).toContainText("A nonce used again within 10 minutes");
});

test("the signature doctor explains a live send that failed at the gateway", async ({ sendPage }) => {
  await simulator.configure({ serverSecret: "rotated-secret" });
  await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
  await sendPage.send();
  const doctor = sendPage.result.getByRole("region", { name: "Signature doctor" });
  await expect(doctor).toContainText("MD5 signature");
  await expect(doctor).toContainText("ZIM clock minus this server's");
  await expect(doctor).toContainText("••••••••");
  await expect(doctor).not.toContainText(E2E_SIM_SECRET);
});

test("request inspector: the exact exchange, and a cURL command that signs itself and succeeds", async ({ sendPage }) => {
  await sendPage.compose("agent_amy", [{ userId: "user_carol", wording: "via curl" }]);
  await sendPage.send();
  await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
  await sendPage.result.getByText("Request as sent").click();
  await expect(sendPage.result.getByText("content-type: application/json").first()).toBeVisible();
  await expect(sendPage.result.getByText(/Body, exactly as sent \(\d+ bytes\)/)).toBeVisible();
  await sendPage.result.getByText("Response as received").click();
  await expect(sendPage.result.getByText(/HTTP 200 · headers after \d+ ms/)).toBeVisible();

  const command = (await sendPage.result.getByLabel("cURL command").textContent()) ?? "";
  expect(command).not.toContain(E2E_SIM_SECRET);
  expect(command).not.toMatch(/Signature=[0-9a-f]{32}/);
  const output = execFileSync("bash", ["-c", command], {
    env: { ...process.env, ZEGO_APP_ID: String(E2E_SIM_APP_ID), ZEGO_SERVER_SECRET: E2E_SIM_SECRET },
  }).toString();
  expect(JSON.parse(output)).toMatchObject({ Code: 0, ErrorList: [] });
  expect(command).toContain(`${E2E_BASE}/sim/?Action=SendFriendApplication`);
});

test("a generated suite matches the simulator; a wrong expectation shows as a mismatch, first; suites save, load and export", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/suites");
  await page.getByRole("button", { name: "Generate boundary cases" }).click();
  const editor = page.getByLabel(/^Cases \(JSON/);
  await expect(editor).toHaveValue(/UserId of 33 bytes/);
  await page.getByRole("button", { name: /Run suite on/ }).click();
  const results = page.getByRole("region", { name: "Expected vs actual" });
  await expect(results.getByRole("status")).toHaveText("21 of 21 cases match; 0 mismatches", { timeout: 60_000 });

  const cases = JSON.parse(await editor.inputValue()) as { name: string; expect: { code: number } }[];
  const wrong = cases.findIndex((entry) => entry.name === "Attribute key k5");
  cases[wrong]!.expect.code = 660800024;
  await editor.fill(JSON.stringify(cases, null, 2));
  await page.getByRole("button", { name: /Run suite on/ }).click();
  await expect(results.getByRole("status")).toHaveText("20 of 21 cases match; 1 mismatch", { timeout: 60_000 });
  const firstRow = results.getByRole("row").nth(1);
  await expect(firstRow).toContainText("Attribute key k5");
  await expect(firstRow).toContainText("Mismatch");
  await expect(firstRow).toContainText("Code 660800023, expected 660800024");

  const name = `boundaries-${Date.now()}`;
  await page.getByLabel("Suite name").fill(name);
  await page.getByRole("button", { name: "Save suite" }).click();
  await page
    .getByRole("navigation", { name: "Saved suites" })
    .getByRole("link", { name: new RegExp(name) })
    .click();
  await expect(page.getByLabel(/^Cases \(JSON/)).toHaveValue(/"code": 660800024/);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export suite" }).click();
  expect((await download).suggestedFilename()).toBe(`${name}.json`);
});

test("send as-is to production is for admins only", async ({ page }) => {
  await page.goto("/send-as-is");
  await page.getByRole("combobox", { name: "Environment" }).selectOption(PRODUCTION_ENVIRONMENT.id);
  await expect(page.getByRole("alert").filter({ hasText: "only admins can send to it as-is" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Send as-is/ })).toBeDisabled();
});

test("send as-is: a GET parameter named Action is refused, so the call that runs is the one recorded", async ({ page }) => {
  await simulator.reset();
  await page.goto("/send-as-is");
  await page.getByLabel("Action").fill("QueryFriendList");
  await page.getByLabel("Method").selectOption("GET");
  await page
    .getByLabel("Query parameters (JSON object)")
    .fill('{"FromUserId":"agent_amy","Action":"DeleteAllFriends","DeleteType":0}');
  await page.getByRole("button", { name: /Send as-is/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Action is set by the tool" })).toBeVisible();
  expect(await simulator.calls("DeleteAllFriends")).toBe(0);

  await page.getByLabel("Query parameters (JSON object)").fill('{"FromUserId":"agent_amy"}');
  await page.getByRole("button", { name: /Send as-is/ }).click();
  await expect(page.getByRole("region", { name: "Result" }).getByLabel("Code", { exact: true })).toHaveText("0");
  await page.goto("/history/calls");
  await expect(page.getByRole("row").nth(1)).toContainText("QueryFriendList");
});
