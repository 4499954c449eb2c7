import type { Role } from "../lib/auth/roles";
import { expect, test } from "./fixtures";
import { cookieHeader, storageStatePath } from "./support/accounts";
import { builtRouteHandlers, builtServerActions, callServerAction } from "./support/server-actions";
import { E2E_BASE, PRODUCTION_ENVIRONMENT } from "./support/server-env";
import { simulator } from "./support/simulator";

/**
 * The weakest role each server action needs. A new action that is not listed here fails the
 * first test, so nobody can add one without deciding who may call it.
 */
const ACTION_ROLES: Record<string, Role | "public"> = {
  "app/actions.ts#sendFriendApplicationAction": "operator",
  "app/actions.ts#retryFailedTargetsAction": "operator",
  "app/users/actions.ts#lookUpUserAction": "viewer",
  "app/send-as-is/actions.ts#sendAsIsAction": "operator",
  "app/suites/actions.ts#runSuiteCaseAction": "operator",
  "app/suites/actions.ts#saveSuiteAction": "operator",
  "app/bulk/actions.ts#createBulkJobAction": "operator",
  "app/bulk/actions.ts#controlBulkJobAction": "operator",
  "app/bulk/actions.ts#retryBulkJobAction": "operator",
  "app/operators/actions.ts#createOperatorAction": "admin",
  "app/operators/actions.ts#updateOperatorAction": "admin",
  "app/operators/actions.ts#clearSignInLockAction": "admin",
  // How a session starts and ends; setup refuses once any operator exists.
  "app/sign-in/actions.ts#signInAction": "public",
  "app/sign-in/actions.ts#signOutAction": "public",
  "app/sign-in/actions.ts#setupAction": "public",
};

const CHECK = { environmentId: "simulator", fromUserId: "agent_amy", userIds: ["user_alice"] };
const UPLOAD = { uploadId: "00000000-0000-4000-8000-000000000000" };
const UPLOAD_PART = { ...UPLOAD, rows: JSON.stringify([{ rowNumber: 2, fromUserId: "agent_amy", userId: "user_alice" }]) };

/** The same for route handlers; `public` ones are sign-in, health and the ZIM protocol. */
const ROUTE_ROLES: Record<string, { role: Role | "public"; sample: string; method: "GET" | "POST"; json?: unknown }> = {
  "/api/preflight": { role: "operator", sample: "/api/preflight", method: "POST", json: CHECK },
  "/api/follow-up": { role: "operator", sample: "/api/follow-up", method: "POST", json: CHECK },
  "/api/bulk-upload": { role: "operator", sample: "/api/bulk-upload", method: "POST", json: UPLOAD_PART },
  "/api/bulk-upload/discard": { role: "operator", sample: "/api/bulk-upload/discard", method: "POST", json: UPLOAD },
  "/api/auth/[...all]": { role: "public", sample: "/api/auth/get-session", method: "GET" },
  "/api/health": { role: "public", sample: "/api/health", method: "GET" },
  "/icon.svg": { role: "public", sample: "/icon.svg", method: "GET" },
  "/sim": { role: "public", sample: "/sim/", method: "GET" },
  "/sim/control/[command]": { role: "admin", sample: "/sim/control/state", method: "GET" },
  "/history/in-flight": { role: "viewer", sample: "/history/in-flight?ids=", method: "GET" },
  "/history/[id]/csv": { role: "viewer", sample: "/history/00000000-0000-4000-8000-000000000000/csv", method: "GET" },
  "/history/[id]/json": { role: "viewer", sample: "/history/00000000-0000-4000-8000-000000000000/json", method: "GET" },
  "/bulk/[id]/progress": { role: "viewer", sample: "/bulk/00000000-0000-4000-8000-000000000000/progress", method: "GET" },
  "/bulk/[id]/rows": { role: "viewer", sample: "/bulk/00000000-0000-4000-8000-000000000000/rows", method: "GET" },
  "/bulk/[id]/export": { role: "viewer", sample: "/bulk/00000000-0000-4000-8000-000000000000/export", method: "GET" },
  "/history/calls/[id]/json": {
    role: "viewer",
    sample: "/history/calls/00000000-0000-4000-8000-000000000000/json",
    method: "GET",
  },
};

const WEAKER: Record<Role, Role[]> = { viewer: [], operator: ["viewer"], admin: ["viewer", "operator"] };

const SEND = {
  form: {
    fromUserId: "agent_amy",
    reason: "",
    friendInfos: [{ userId: "user_alice", wording: "", friendAlias: "", createTime: "", updateTime: "", attributes: [] }],
  },
  environmentId: "simulator",
  confirmation: "",
};

/** Calls the built action whose export name ends with `suffix`, as an operator, straight over HTTP. */
async function callAsOperator(suffix: string, argument: unknown) {
  const action = builtServerActions().find(({ name }) => name.endsWith(suffix));
  if (!action) throw new Error(`no built action ${suffix}`);
  return callServerAction({ base: E2E_BASE, id: action.id, page: action.page, argument, cookie: cookieHeader("operator") });
}

test("every server action and route handler in the build is listed with its role", () => {
  expect(
    builtServerActions()
      .map(({ name }) => name)
      .sort(),
  ).toEqual(Object.keys(ACTION_ROLES).sort());
  expect(builtRouteHandlers().sort()).toEqual(Object.keys(ROUTE_ROLES).sort());
});

test("every protected server action refuses a caller without a session or with a weaker role", async () => {
  const before = await simulator.calls("SendFriendApplication");
  for (const action of builtServerActions()) {
    const role = ACTION_ROLES[action.name];
    if (role === undefined || role === "public") continue;
    const argument = {
      ...SEND,
      submissionId: crypto.randomUUID(),
      id: "x",
      sendId: crypto.randomUUID(),
      action: "SendFriendApplication",
      method: "POST",
      body: JSON.stringify({ FromUserId: "agent_amy", FriendInfos: [{ UserId: "user_alice" }] }),
      name: "suite",
      cases: [{ name: "c", request: {}, expect: { code: 0 } }],
      key: "email:nobody@e2e.test",
      rows: [
        {
          rowNumber: 2,
          fromUserId: "agent_amy",
          userId: "user_alice",
          wording: "",
          friendAlias: "",
          createTime: "",
          updateTime: "",
          attributes: [],
        },
      ],
      separateRepeats: false,
      jobId: crypto.randomUUID(),
      entry: { name: "c", request: { FromUserId: "agent_amy", FriendInfos: [{ UserId: "user_alice" }] }, expect: { code: 0 } },
    };
    for (const cookie of [undefined, ...WEAKER[role].map(cookieHeader)]) {
      const answer = await callServerAction({ base: E2E_BASE, id: action.id, page: action.page, argument, cookie });
      expect(answer.body, `${action.name} with ${cookie ? "a weaker role" : "no session"}`).toContain('"status":"denied"');
    }
  }
  expect(await simulator.calls("SendFriendApplication")).toBe(before);
});

test("every protected route handler answers 401 without a session and 403 below its role", async () => {
  for (const [path, { role, sample, method, json }] of Object.entries(ROUTE_ROLES)) {
    if (role === "public") continue;
    // A JSON body is sent as the console's own pages send it.
    const asPage: Record<string, string> = json === undefined ? {} : { origin: E2E_BASE, "content-type": "application/json" };
    const body = json === undefined ? undefined : JSON.stringify(json);
    const anonymous = await fetch(`${E2E_BASE}${sample}`, { method, headers: asPage, body });
    expect(anonymous.status, `${path} without a session`).toBe(401);
    for (const weaker of WEAKER[role]) {
      const response = await fetch(`${E2E_BASE}${sample}`, {
        method,
        headers: { ...asPage, cookie: cookieHeader(weaker) },
        body,
      });
      expect(response.status, `${path} as ${weaker}`).toBe(403);
    }
  }
});

test("the checks a page runs refuse another site's page, even with an operator's cookie", async () => {
  const before = await simulator.calls("CheckFriendsRelation");
  const body = JSON.stringify(CHECK);
  const cookie = cookieHeader("operator");
  const fromElsewhere = { cookie, origin: "https://elsewhere.example", "content-type": "application/json" };
  const asForm = { cookie, origin: E2E_BASE, "content-type": "text/plain" };
  for (const path of ["/api/preflight", "/api/follow-up"]) {
    for (const headers of [fromElsewhere, asForm]) {
      const response = await fetch(`${E2E_BASE}${path}`, { method: "POST", headers, body });
      expect(response.status, `${path} with ${headers.origin}, ${headers["content-type"]}`).toBe(403);
    }
    const own = await fetch(`${E2E_BASE}${path}`, {
      method: "POST",
      headers: { ...asForm, "content-type": "application/json" },
      body,
    });
    expect(await own.json(), path).toMatchObject({ status: "checked" });
  }
  expect(await simulator.calls("CheckFriendsRelation")).toBe(before + 2);
});

test("the server re-validates a send: a bad field comes back keyed by its path", async () => {
  const argument = {
    ...SEND,
    submissionId: crypto.randomUUID(),
    form: { ...SEND.form, friendInfos: [{ ...SEND.form.friendInfos[0], userId: "agent_amy" }] },
  };
  const answer = await callAsOperator("#sendFriendApplicationAction", argument);
  expect(answer.body).toContain('"path":"form.friendInfos.0.userId"');
  expect(answer.body).toContain("660800020");
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("a viewer lands on History: the send page offers no form", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/history$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("History");
    await expect(page.getByRole("button", { name: "Send friend requests" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Operators" })).toHaveCount(0);
  });
});

test("an operator cannot send to production, in the page or by calling the action", async ({ sendPage, page }) => {
  await page.getByRole("combobox", { name: "Environment" }).selectOption(PRODUCTION_ENVIRONMENT.id);
  await expect(page.getByRole("region", { name: "Environment" })).toContainText("Production");
  await expect(page.getByRole("alert").filter({ hasText: "only admins can send to it" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send friend requests" })).toBeDisabled();

  const argument = {
    ...SEND,
    environmentId: PRODUCTION_ENVIRONMENT.id,
    confirmation: "agent_amy",
    submissionId: crypto.randomUUID(),
  };
  const answer = await callAsOperator("#sendFriendApplicationAction", argument);
  expect(answer.body).toContain('"status":"denied"');
  expect(answer.body).toContain("Only admins can send to the production environment");
  await page.getByRole("combobox", { name: "Environment" }).selectOption("simulator");
  await expect(sendPage.target(1)).toBeVisible();
});

const PRODUCTION_CALLS = [
  {
    name: "send-as-is",
    action: "#sendAsIsAction",
    argument: {
      environmentId: PRODUCTION_ENVIRONMENT.id,
      confirmation: PRODUCTION_ENVIRONMENT.name,
      action: "SendFriendApplication",
      method: "POST",
      body: JSON.stringify({ FromUserId: "agent_amy", FriendInfos: [{ UserId: "user_alice" }] }),
    },
  },
  {
    name: "a suite run",
    action: "#runSuiteCaseAction",
    argument: {
      environmentId: PRODUCTION_ENVIRONMENT.id,
      confirmation: PRODUCTION_ENVIRONMENT.name,
      entry: { name: "c", request: { FromUserId: "agent_amy", FriendInfos: [{ UserId: "user_alice" }] }, expect: { code: 0 } },
    },
  },
];

for (const call of PRODUCTION_CALLS) {
  test(`an operator calling ${call.name} on production directly is refused, and nothing reaches ZIM`, async () => {
    await simulator.reset();
    const answer = await callAsOperator(call.action, call.argument);
    expect(answer.body).toContain('"status":"denied"');
    expect(answer.body).toContain("Only admins can send to the production environment");
    expect(await simulator.calls("SendFriendApplication")).toBe(0);
  });
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("a production send needs the FromUserId typed again", async ({ sendPage, page }) => {
    await page.getByRole("combobox", { name: "Environment" }).selectOption(PRODUCTION_ENVIRONMENT.id);
    await sendPage.compose("agent_amy", [{ userId: "user_alice" }]);
    await page.getByLabel("Production: type the FromUserId to confirm").fill("agent_am");
    await sendPage.send();
    await expect(page.getByText("Type the FromUserId exactly to confirm a production send.")).toBeVisible();
    await page.getByLabel("Production: type the FromUserId to confirm").fill("agent_amy");
    await sendPage.send();
    await expect(sendPage.result.getByRole("heading", { name: "Every friend request was sent" })).toBeVisible();
    await expect(sendPage.result).toContainText("Production (simulated)");
    await page.getByRole("combobox", { name: "Environment" }).selectOption("simulator");
  });
});
