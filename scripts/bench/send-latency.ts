import type { BrowserContext, Page } from "@playwright/test";

import { SEND_STEPS, STEP_LABELS, type SendTiming } from "../../lib/timing/send-timing";
import { signQuery } from "../../lib/zim/signature";
import { draftWith, openWithDraft } from "./browser";
import { controlSimulator, SIMULATOR_BASE } from "./server";

const RUNS = 30;
/**
 * Sends made before the measured ones. A console in use has served many sends; in the first 20 after
 * a start V8 is still optimising the send path (the overhead 1 to 2.6 ms higher over sends 3 to 32
 * than over 21 to 50, in three fresh processes on 2026-12-07).
 */
export const SERVER_WARM_UP_SENDS = 20;
/** The window the bench measured until 2026-12-07: sends 3 to 32 after the app started. */
const COLD_SENDS = { from: 2, to: 32 };
const TARGETS = 20;
const SIM_APP_ID = 1234567890;
const SIM_SECRET = process.env.ZIM_SIM_SERVER_SECRET ?? "0123456789abcdef0123456789abcdef";

/** One send through the app, broken down: the page's figures and the server's own steps. */
export type SendBreakdown = {
  /** Click to the 20-row table painted. */
  clickToTable: number;
  /** Click to the action's request leaving. */
  toRequest: number;
  /** The action's POST, request start to response end, as the browser timed it. */
  roundTrip: number;
  /** What the browser did besides the round trip: the click handler, decoding and rendering the table. */
  render: number;
  /** The server's steps, from the action's answer (lib/timing). */
  server: Pick<SendTiming, "steps" | "totalMs">;
};

/** Reads back the summary line `describeTiming` wrote. */
function parseTiming(summary: string): SendBreakdown["server"] {
  const figure = (label: string) => Number(new RegExp(`(?:^|· )${label} ([\\d.]+) ms`).exec(summary)?.[1] ?? Number.NaN);
  const steps = Object.fromEntries(SEND_STEPS.map((step) => [step, figure(STEP_LABELS[step])]));
  return { steps, totalMs: figure("total") };
}

/** The send form with 20 filled targets, ready to send. */
export async function openSendForm(context: BrowserContext, base?: string): Promise<Page> {
  const page = await openWithDraft(context, draftWith({ targets: TARGETS, attributes: 2 }), base);
  await page.getByRole("group", { name: `Target ${TARGETS}`, exact: true }).waitFor();
  return page;
}

/** Clicks Send and times it until the 20-row result table shows a new RequestId and its frame begins. */
export async function clickSendAndTime(page: Page): Promise<SendBreakdown> {
  const timing = await page.evaluate((expectedRows) => {
    const previous = document.querySelector('[aria-label="RequestId"]')?.textContent ?? "";
    const button = [...document.querySelectorAll("button")].find((element) =>
      element.textContent?.startsWith("Send friend requests"),
    );
    return new Promise<{ elapsed: number; roundTrip: number; toRequest: number }>((resolve) => {
      const start = performance.now();
      const done = () => {
        const requestId = document.querySelector('[aria-label="RequestId"]')?.textContent ?? "";
        const rows = document.querySelectorAll('[aria-label="Result"] table tbody tr').length;
        if (requestId !== previous && rows === expectedRows) {
          observer.disconnect();
          requestAnimationFrame(async () => {
            const elapsed = performance.now() - start;
            // The server action's POST is the first fetch after the click to the page itself (the checks
            // go to /api/). Its entry is listed once its streamed body has ended, which may be after the
            // table shows: wait for it a little.
            const actionEntry = () =>
              performance
                .getEntriesByType("resource")
                .find(
                  (entry): entry is PerformanceResourceTiming =>
                    entry.startTime >= start &&
                    (entry as PerformanceResourceTiming).initiatorType === "fetch" &&
                    !entry.name.includes("/api/"),
                );
            for (let wait = 0; wait < 50 && !actionEntry(); wait++) await new Promise((next) => setTimeout(next, 20));
            const action = actionEntry();
            resolve({
              elapsed,
              roundTrip: action && action.responseEnd > 0 ? action.responseEnd - action.startTime : Number.NaN,
              toRequest: action ? action.startTime - start : Number.NaN,
            });
            // The browser keeps 250 entries by default and then drops new ones: a long sitting would lose its round trips.
            performance.clearResourceTimings();
          });
        }
      };
      const observer = new MutationObserver(done);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      button?.click();
    });
  }, TARGETS);
  // An operator reads the result before sending again, while the automatic follow-up check runs.
  await page
    .getByRole("status")
    .filter({ hasText: /What the targets see, checked at|Could not check/ })
    .waitFor();
  // The result shows the server's time with its steps on hover (lib/timing/send-timing).
  const summary =
    (await page
      .getByTitle(/^session /)
      .last()
      .getAttribute("title")) ?? "";
  const { elapsed, roundTrip, toRequest } = timing;
  return { clickToTable: elapsed, toRequest, roundTrip, render: elapsed - roundTrip, server: parseTiming(summary) };
}

/**
 * Click on Send until the 20-row result table shows a new RequestId, measured in the page: `measured`
 * after the warm-up, and `afterStart`, the sends in the window measured before the warm-up was added.
 */
export async function measureSendThroughApp(
  context: BrowserContext,
  cookie: string,
): Promise<{ measured: SendBreakdown[]; afterStart: SendBreakdown[] }> {
  await controlSimulator("config", { rateLimitPerSecond: 10_000 }, cookie);
  const page = await openSendForm(context);
  try {
    const sends: SendBreakdown[] = [];
    for (let run = 0; run < SERVER_WARM_UP_SENDS + RUNS; run++) sends.push(await clickSendAndTime(page));
    return { measured: sends.slice(SERVER_WARM_UP_SENDS), afterStart: sends.slice(COLD_SENDS.from, COLD_SENDS.to) };
  } finally {
    await page.close();
  }
}

/** The same call made straight to the simulator from Node: the floor the app adds to. */
export async function measureSendDirect(): Promise<number[]> {
  const body = JSON.stringify({
    FromUserId: "agent_amy",
    FriendInfos: draftWith({ targets: TARGETS, attributes: 2 }).friendInfos.map((target) => ({
      UserId: target.userId,
      Wording: target.wording,
      FriendAlias: target.friendAlias,
      Attributes: target.attributes.map(({ key, value }) => ({ Key: key, Value: value })),
    })),
  });
  const timings: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const url = new URL(`${SIMULATOR_BASE}/`);
    url.searchParams.set("Action", "SendFriendApplication");
    for (const [name, value] of Object.entries(signQuery({ appId: SIM_APP_ID, serverSecret: SIM_SECRET })))
      url.searchParams.set(name, value);
    const start = performance.now();
    const answer = await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })).json();
    if (answer.Code !== 0) throw new Error(`direct call answered ${answer.Code}`);
    if (run >= 2) timings.push(performance.now() - start);
  }
  return timings;
}
