import { expect, test } from "./fixtures";
import { ACCOUNTS, cookieHeader, PASSWORD, storageStatePath } from "./support/accounts";
import { builtServerActions, callServerAction } from "./support/server-actions";
import { E2E_BASE } from "./support/server-env";

const PAGES = [
  "/",
  "/history",
  "/history/calls",
  "/codes",
  "/codes/660800027",
  "/decode",
  "/users",
  "/send-as-is",
  "/suites",
  "/operators",
];

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("every page carries the security headers, and none logs a CSP violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(
          `Refused to load: CSP ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        ),
      );
    });
    for (const path of PAGES) {
      const response = await page.goto(path);
      const headers = response?.headers() ?? {};
      expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      for (const directive of [
        "worker-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "connect-src 'self'",
      ]) {
        expect(headers["content-security-policy"], path).toContain(directive);
      }
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      await expect(page.getByLabel("Signed in as")).toBeVisible();
    }
    // The pages still work with the policy in force: a client-side interaction runs.
    await page.goto("/decode");
    await page.getByLabel("ZIM response (JSON)").fill('{"Code":0,"Message":"success","RequestId":"1"}');
    await page.getByRole("button", { name: "Decode" }).click();
    await expect(page.getByRole("region", { name: "Result" })).toBeVisible();
    // The bulk page checks a list in a worker of its own origin, which the policy allows by name.
    await page.goto("/bulk");
    await page
      .getByLabel("List (first line names the columns)")
      .fill("FromUserId,UserId\nagent_amy,user_bob\nagent_amy,user_bob");
    await expect(page.getByText(/Repeated user ID for this FromUserId/).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test("built assets, action answers and API answers carry the static headers; get-session never hands out the token", async () => {
  const html = await (await fetch(`${E2E_BASE}/sign-in`)).text();
  const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
  const asset = await fetch(new URL(script ?? "/", E2E_BASE));
  expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
  expect(html).toMatch(/<script[^>]+nonce="/);

  // An action's fetch skips the proxy (proxy.ts): its answer keeps the headers next.config.mjs sets.
  const send = builtServerActions().find((action) => action.name.endsWith("#sendFriendApplicationAction"));
  const action = await callServerAction({
    base: E2E_BASE,
    id: send?.id ?? "missing",
    page: send?.page ?? "/",
    argument: {},
    cookie: cookieHeader("operator"),
  });
  expect(action.body).toContain('"status":"invalid"');
  expect(action.headers.get("x-content-type-options")).toBe("nosniff");
  expect(action.headers.get("x-frame-options")).toBe("DENY");
  expect(action.headers.get("referrer-policy")).toBe("same-origin");

  const session = await fetch(`${E2E_BASE}/api/auth/get-session`, { headers: { cookie: cookieHeader("operator") } });
  const body = await session.json();
  expect(body.user.email).toBe(ACCOUNTS.operator.email);
  expect(body.session).toBeDefined();
  expect(body.session.token).toBeUndefined();
  const token = /session_token=([^.;]+)/.exec(decodeURIComponent(cookieHeader("operator")))?.[1] ?? "missing";
  expect(JSON.stringify(body)).not.toContain(token);
});

test.describe("sign-in limits", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("30 wrong passwords through the sign-in page back off, then lock out; an admin clears it and the right one works", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const email = ACCOUNTS.viewer.email;
    await page.goto("/sign-in");
    const answers: string[] = [];
    for (let attempt = 1; attempt <= 30; attempt++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      const answered = page.waitForResponse(
        (response) => response.request().method() === "POST" && response.url().endsWith("/sign-in"),
      );
      await page.getByRole("button", { name: "Sign in" }).click();
      await answered;
      const alert = page.getByRole("alert").filter({ hasText: /Wrong email|Too many/ });
      await expect(alert).toHaveText(attempt <= 4 ? /Wrong email or password/ : /Too many failed sign-ins/);
      answers.push((await alert.textContent()) ?? "");
    }
    const waitOf = (answer: string) => Number(/in (\d+) s\)/.exec(answer)?.[1]);
    expect(waitOf(answers[5]!)).toBeLessThan(10);
    expect(waitOf(answers[29]!)).toBeGreaterThan(14 * 60);

    // Neither the right password nor a forged client address gets through.
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /Too many failed sign-ins/ })).toHaveText(/in \d+ s/);
    for (const forged of ["10.1.2.3", "10.9.8.7"]) {
      const answer = await fetch(`${E2E_BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: E2E_BASE,
          "x-forwarded-for": forged,
          "x-zim-console-socket-address": forged,
        },
        body: JSON.stringify({ email, password: PASSWORD }),
      });
      expect(answer.status).toBe(429);
    }

    const admin = await browser.newContext({ storageState: storageStatePath("admin") });
    const operators = await admin.newPage();
    await operators.goto("/operators");
    const locks = operators.getByRole("table", { name: "Sign-in back-offs and lockouts" });
    await expect(locks.getByRole("row").filter({ hasText: `email:${email}` })).toContainText("Locked out");
    await expect(
      operators
        .getByRole("table", { name: /Sign-in failures and lockouts/ })
        .getByRole("row")
        .filter({ hasText: "Locked out" })
        .first(),
    ).toBeVisible();
    for (const key of await locks.getByRole("rowheader").allTextContents()) {
      await operators.getByRole("button", { name: `Clear ${key}` }).click();
      await expect(locks.getByRole("rowheader", { name: key })).toHaveCount(0);
    }
    await expect(operators.getByRole("table", { name: /Sign-in failures and lockouts/ })).toContainText("Lockout cleared");
    await admin.close();

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Signed in as")).toHaveText(`${email} · viewer`);
  });

  test("over HTTP, a wrong password and an unknown account get the same answer", async () => {
    const answers = [];
    for (const email of [ACCOUNTS.operator.email, "nobody@e2e.test"]) {
      const response = await fetch(`${E2E_BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: E2E_BASE },
        body: JSON.stringify({ email, password: "not-the-password" }),
      });
      answers.push({ status: response.status, body: await response.json() });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ status: 401, body: { code: "INVALID_EMAIL_OR_PASSWORD" } });
    // A success starts the address's count over, for the tests that follow.
    const success = await fetch(`${E2E_BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: E2E_BASE },
      body: JSON.stringify({ email: ACCOUNTS.operator.email, password: PASSWORD }),
    });
    expect(success.status).toBe(200);
  });
});
