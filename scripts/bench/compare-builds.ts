/**
 * `npx tsx scripts/bench/compare-builds.ts <build A> <build B> [sends per sitting] [sittings]`: two
 * builds of the app served side by side against one standalone simulator, with a send clicked on
 * each in turn (A then B, then B then A, ...), in sittings of fresh processes that serve them in
 * turns of order. This machine's speed drifts by a fifth within minutes; sends taken in turn are
 * slowed alike, where two runs one after the other are not. A build is a copy of `.next` made after
 * `npm run build` (`cp -a .next /tmp/build-a`).
 */
import type { ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";

import { serverOverheadMs } from "../../lib/timing/send-timing";
import { launchChromium, signedInContext } from "./browser";
import { clickSendAndTime, openSendForm, SERVER_WARM_UP_SENDS, type SendBreakdown } from "./send-latency";
import { controlSimulator, SIMULATOR_BASE, startServer, startSimulator, stopServer } from "./server";
import { formatMs, median } from "./stats";

const FIRST_PORT = 3201;
const FIGURES: { label: string; of: (send: SendBreakdown) => number }[] = [
  { label: "click to table", of: (send) => send.clickToTable },
  { label: "click to request", of: (send) => send.toRequest },
  { label: "round trip", of: (send) => send.roundTrip },
  { label: "click handler and render", of: (send) => send.render },
  { label: "server total", of: (send) => send.server.totalMs },
  { label: "server overhead", of: (send) => serverOverheadMs(send.server) },
];

/** A project folder `next start` can serve the build from: the repository's modules, assets and config. */
function projectFor(build: string): string {
  const root = process.cwd();
  const project = mkdtempSync(path.join(tmpdir(), "zim-build-"));
  // A copy, not a link: the build's server code finds its packages from where it lies.
  cpSync(build, path.join(project, ".next"), { recursive: true, verbatimSymlinks: true });
  for (const shared of ["node_modules", "public"]) symlinkSync(path.join(root, shared), path.join(project, shared));
  for (const file of ["next.config.mjs", "package.json"]) copyFileSync(path.join(root, file), path.join(project, file));
  return project;
}

type Side = { page: Page; sends: SendBreakdown[] };

/** What a sitting started, to stop and remove at its end. */
type Started = { processes: ChildProcess[]; projects: string[]; pages: Page[] };

/** Starts the build on its own port and database, signs in, and opens a filled send form. */
async function serve(build: string, port: number, started: Started, browser: Browser): Promise<Side> {
  const project = projectFor(build);
  started.projects.push(project);
  started.processes.push(await startServer({ port, projectDir: project, simulatorUrl: SIMULATOR_BASE }));
  const base = `http://127.0.0.1:${port}`;
  const { context } = await signedInContext(browser, base);
  const page = await openSendForm(context, base);
  started.pages.push(page);
  return { page, sends: [] };
}

/** Both builds served in the order given, warmed up, then sent on in turn (first then second, then second then first). */
async function sitting(
  builds: readonly [string, string],
  { sends, firstPort }: { sends: number; firstPort: number },
  browser: Browser,
): Promise<[Side, Side]> {
  const started: Started = { processes: [], projects: [], pages: [] };
  try {
    const first = await serve(builds[0], firstPort, started, browser);
    const second = await serve(builds[1], firstPort + 1, started, browser);
    for (let send = 0; send < SERVER_WARM_UP_SENDS; send++) for (const side of [first, second]) await clickSendAndTime(side.page);
    for (let send = 0; send < sends; send++) {
      for (const side of send % 2 === 0 ? [first, second] : [second, first]) side.sends.push(await clickSendAndTime(side.page));
    }
    return [first, second];
  } finally {
    for (const page of started.pages) await page.context().close();
    for (const child of started.processes) stopServer(child);
    for (const project of started.projects) rmSync(project, { recursive: true, force: true });
  }
}

/** The median of B less A over the sends taken side by side. */
function pairedDifference(a: Side, b: Side, of: (send: SendBreakdown) => number): number {
  return median(a.sends.flatMap((sendA, index) => (b.sends[index] ? [of(b.sends[index]) - of(sendA)] : [])));
}

/** A whole number of at least `least`, from the command line. */
function wholeNumber(argument: string, name: string, least: number): number {
  const value = Number(argument);
  if (!Number.isInteger(value) || value < least)
    throw new Error(`${name} must be a whole number of at least ${least}, not ${argument}`);
  return value;
}

async function main() {
  const [buildA, buildB, sendsArgument = "30", sittingsArgument = "4"] = process.argv.slice(2);
  if (!buildA || !buildB) throw new Error("Usage: compare-builds.ts <build A> <build B> [sends per sitting] [sittings]");
  const sends = wholeNumber(sendsArgument, "sends", 1);
  const sittings = wholeNumber(sittingsArgument, "sittings", 2);
  const simulator = await startSimulator();
  const browser = await launchChromium();
  try {
    await controlSimulator("config", { rateLimitPerSecond: 10_000 }, "");
    // Each server process runs a little faster or slower than another of the same build (two copies
    // of one build differed by 0 and 4.8 ms in two sittings), so the sittings start fresh processes,
    // serve the builds in turns of order (the one served second may come out ahead), and each sitting
    // has ports of its own (a server stopping may still answer on its port).
    const pairs: { a: Side; b: Side }[] = [];
    for (let index = 0; index < sittings; index++) {
      const aFirst = index % 2 === 0;
      const [first, second] = await sitting(
        aFirst ? [buildA, buildB] : [buildB, buildA],
        {
          sends,
          firstPort: FIRST_PORT + 2 * index,
        },
        browser,
      );
      pairs.push(aFirst ? { a: first, b: second } : { a: second, b: first });
    }

    console.log(`${sittings} sittings of ${sends} sends of 20 targets on each build, A served first in every other one; medians`);
    console.log(`${"".padEnd(26)} ${"A".padStart(9)} ${"B".padStart(9)}   B - A, paired, by sitting (mean)`);
    for (const { label, of } of FIGURES) {
      const differences = pairs.map(({ a, b }) => pairedDifference(a, b, of));
      const mean = differences.reduce((sum, difference) => sum + difference, 0) / differences.length;
      const ofAll = (side: "a" | "b") => formatMs(median(pairs.flatMap((pair) => pair[side].sends).map(of))).padStart(9);
      console.log(
        `${label.padEnd(26)} ${ofAll("a")} ${ofAll("b")}   ${differences.map(formatMs).join(", ")} (${formatMs(mean)})`,
      );
    }
  } finally {
    await browser.close();
    stopServer(simulator);
  }
}

await main();
