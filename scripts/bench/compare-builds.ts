/**
 * `npx tsx scripts/bench/compare-builds.ts <build A> <build B> [sends]`: two builds of the app served
 * side by side against one standalone simulator, with a send clicked on each in turn (A then B, then
 * B then A, ...). This machine's speed drifts by a fifth within minutes; sends taken in turn are
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

/** What the comparison started, to stop and remove at the end. */
type Started = { processes: ChildProcess[]; projects: string[] };

/** Starts the build on its own port and database, signs in, and opens a filled send form. */
async function serve(build: string, port: number, started: Started, browser: Browser): Promise<Side> {
  const project = projectFor(build);
  started.projects.push(project);
  started.processes.push(await startServer({ port, projectDir: project, simulatorUrl: SIMULATOR_BASE }));
  const base = `http://127.0.0.1:${port}`;
  const { context } = await signedInContext(browser, base);
  return { page: await openSendForm(context, base), sends: [] };
}

async function main() {
  const [buildA, buildB, sendsArgument = "60"] = process.argv.slice(2);
  if (!buildA || !buildB) throw new Error("Usage: compare-builds.ts <build A> <build B> [sends]");
  const sends = Number(sendsArgument);
  if (!Number.isInteger(sends) || sends < 1) throw new Error(`sends must be a whole number above 0, not ${sendsArgument}`);
  const started: Started = { processes: [await startSimulator()], projects: [] };
  const browser = await launchChromium();
  try {
    const a = await serve(buildA, FIRST_PORT, started, browser);
    const b = await serve(buildB, FIRST_PORT + 1, started, browser);
    await controlSimulator("config", { rateLimitPerSecond: 10_000 }, "");
    for (let send = 0; send < SERVER_WARM_UP_SENDS; send++) for (const side of [a, b]) await clickSendAndTime(side.page);

    for (let send = 0; send < sends; send++) {
      for (const side of send % 2 === 0 ? [a, b] : [b, a]) side.sends.push(await clickSendAndTime(side.page));
    }

    console.log(`${sends} sends of 20 targets on each build, taken in turn; medians`);
    for (const { label, of } of FIGURES) {
      const differences = a.sends.flatMap((sendA, index) => {
        const sendB = b.sends[index];
        return sendB ? [of(sendB) - of(sendA)] : [];
      });
      console.log(
        `${label.padEnd(26)} A ${formatMs(median(a.sends.map(of))).padStart(9)}   B ${formatMs(median(b.sends.map(of))).padStart(9)}   B - A, paired ${formatMs(median(differences))}`,
      );
    }
  } finally {
    await browser.close();
    for (const child of started.processes) stopServer(child);
    for (const project of started.projects) rmSync(project, { recursive: true, force: true });
  }
}

await main();
