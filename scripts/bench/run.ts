import { execFileSync } from "node:child_process";
import type { Browser } from "@playwright/test";

import { SEND_STEPS, serverOverheadMs, STEP_LABELS } from "../../lib/timing/send-timing";
import { launchChromium, signedInContext } from "./browser";
import { measureBulk, p95, type BulkFigures } from "./bulk";
import { measureFirstLoadJs } from "./first-load-js";
import { measureFormHeight } from "./form-height";
import { measureHistory, type HistoryFigures } from "./history";
import { measureKeyboardSend } from "./keyboard-send";
import { measureKeystrokeLatency } from "./keystroke-latency";
import { measurePreflight } from "./preflight";
import { measureSendDirect, measureSendThroughApp, SERVER_WARM_UP_SENDS } from "./send-latency";
import { controlSimulator, SIMULATOR_BASE, startServer, startSimulator, stopServer } from "./server";
import { formatMs, median, percentile } from "./stats";

/** PostgreSQL for the History figures: BENCH_POSTGRES_URL, else the local server .ci/postgres.sh starts (if it can). */
function postgresForBench(database: string): string | undefined {
  if (process.env.BENCH_POSTGRES_URL) return process.env.BENCH_POSTGRES_URL;
  try {
    return execFileSync("bash", [".ci/postgres.sh", database], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .split("\n")
      .at(-1);
  } catch {
    return undefined;
  }
}

async function measureHistoryOnBothDatabases(browser: Browser): Promise<(HistoryFigures | string)[]> {
  const embedded = await measureHistory(browser, { name: "PGlite (embedded)" });
  const url = postgresForBench("zim_bench_history");
  if (!url) return [embedded, "PostgreSQL: skipped (set BENCH_POSTGRES_URL, or run as root so .ci/postgres.sh can start one)"];
  return [embedded, await measureHistory(browser, { name: "PostgreSQL", url })];
}

async function measureBulkOnBothDatabases(browser: Browser): Promise<(BulkFigures | string)[]> {
  const embedded = await measureBulk(browser);
  const url = postgresForBench("zim_bench_bulk");
  if (!url)
    return [embedded, "Bulk on PostgreSQL: skipped (set BENCH_POSTGRES_URL, or run as root so .ci/postgres.sh can start one)"];
  return [embedded, await measureBulk(browser, { databaseUrl: url })];
}

function printBulk(result: BulkFigures | string) {
  if (typeof result === "string") return console.log(`\n${result}`);
  const { pace, interactiveWaits, bigList } = result;
  const paceRatio = pace.callsPerSecond / 20;
  const rows = [
    [
      "3,000 targets: calls/s at the simulator",
      `${pace.callsPerSecond.toFixed(2)}/s = ${(paceRatio * 100).toFixed(1)}% of 20`,
      ">= 95%",
      paceRatio >= 0.95,
    ],
    ["  660300005 answers received", `${pace.rateLimited} of ${pace.calls} calls`, "0", pace.rateLimited === 0],
    ["  busiest sliding second at the simulator", `${pace.busiestSecond} calls`, "20", pace.busiestSecond <= 20],
    ["  tightest 21 calls in a row took", `${pace.tightestSpanMs} ms`, "(info: >= 1000)", true],
    ["  wall time of the 3,000-target job", `${pace.wallSeconds.toFixed(1)} s`, "(info)", true],
    [
      "Interactive sends during it: p95 slot wait",
      `${p95(interactiveWaits)} ms (${interactiveWaits.join(", ")})`,
      "100 ms",
      p95(interactiveWaits) <= 100,
    ],
    ["Creating the 3,000-target job (server action)", `${result.createSeconds.toFixed(2)} s`, "5 s", result.createSeconds < 5],
    [
      "100,000-row CSV: read, check, preview painted",
      `${(bigList.firstPaintMs / 1000).toFixed(2)} s (check ${bigList.checkedMs} ms)`,
      "3 s",
      bigList.firstPaintMs < 3000,
    ],
    ["Creating the 100,000-target job: click at once", `${bigList.createSeconds.toFixed(2)} s`, "5 s", bigList.createSeconds < 5],
    [
      "  click once the list is up (plan read first)",
      `${bigList.createAfterReadingSeconds.toFixed(2)} s`,
      "5 s",
      bigList.createAfterReadingSeconds < 5,
    ],
    ["  list up: preview painted to all but last part", `${bigList.sentAheadSeconds.toFixed(2)} s`, "(info)", true],
    [
      "  meanwhile, sends from Node: median, slowest",
      `${median(bigList.sendsWhileGoingUpMs).toFixed(0)}, ${Math.max(...bigList.sendsWhileGoingUpMs).toFixed(0)} ms`,
      "(info)",
      true,
    ],
    ["Server RSS peak over the three jobs", `${result.peakRssMb.toFixed(0)} MB`, "400 MB", result.peakRssMb < 400],
  ] as const;
  console.log(`\nBulk jobs on ${result.database} (batch limit 20, simulator limit 20 calls/s)`);
  for (const [name, value, budget, ok] of rows) {
    const verdict = budget.startsWith("(info") ? budget : `budget ${budget.padEnd(8)} ${ok ? "ok" : "OVER"}`;
    console.log(`${name.padEnd(46)} ${value.padStart(24)}  ${verdict}`);
  }
}

function printHistory(results: (HistoryFigures | string)[]) {
  for (const result of results) {
    if (typeof result === "string") {
      console.log(`\n${result}`);
      continue;
    }
    console.log(`\nHistory on ${result.database}: ${result.seeded} (seeding took ${result.seedSeconds.toFixed(0)} s)`);
    for (const { name, p95, median } of result.timings) {
      const figure = `p95 ${formatMs(p95)} (median ${formatMs(median)})`;
      console.log(`${name.padEnd(46)} ${figure.padStart(24)}  budget 200 ms   ${p95 <= 200 ? "ok" : "OVER"}`);
    }
  }
}

/** Prints each figure beside its budget. Run after `npm run build` (npm run bench does both). */
async function main() {
  if (process.argv.includes("--history")) {
    // `npm run bench -- --history`: only History at scale, which takes minutes of seeding.
    const browser = await launchChromium();
    try {
      printHistory(await measureHistoryOnBothDatabases(browser));
    } finally {
      await browser.close();
    }
    return;
  }
  const simulator = await startSimulator();
  const server = await startServer({ simulatorUrl: SIMULATOR_BASE }).catch((error: unknown) => {
    stopServer(simulator);
    throw error;
  });
  const browser = await launchChromium();
  try {
    const { context, cookie } = await signedInContext(browser);
    await controlSimulator("reset", { seed: true }, cookie);
    const firstLoad = await measureFirstLoadJs(cookie);
    const keystrokes = await measureKeystrokeLatency(context);
    const keyboard = await measureKeyboardSend(context);
    const formHeight = await measureFormHeight(context);
    const { measured: viaApp, afterStart } = await measureSendThroughApp(context, cookie);
    const clickToTable = viaApp.map((send) => send.clickToTable);
    const overhead = viaApp.map((send) => serverOverheadMs(send.server));
    const direct = await measureSendDirect();
    const preflight = await measurePreflight(cookie);
    const bulk = await measureBulkOnBothDatabases(browser);
    // `npm run bench -- --no-history` leaves out the minutes of seeding a million rows twice.
    const history = process.argv.includes("--no-history") ? [] : await measureHistoryOnBothDatabases(browser);

    const kib = firstLoad.gzipBytes / 1024;
    const rows = [
      ["First-load JS of / (gzip)", `${kib.toFixed(1)} KiB in ${firstLoad.scripts} scripts`, "200 KiB", kib <= 200],
      ["  noModule polyfills, not loaded by Chromium", `${(firstLoad.noModuleGzipBytes / 1024).toFixed(1)} KiB`, "(info)", true],
      [
        "Keystroke -> counter p95 (50 x 5 form)",
        formatMs(percentile(keystrokes.toCounter, 95)),
        "16 ms",
        percentile(keystrokes.toCounter, 95) < 16,
      ],
      ["Keystroke -> counter median", formatMs(median(keystrokes.toCounter)), "", true],
      ["Keystroke -> next frame p95", formatMs(percentile(keystrokes.toFrame, 95)), "(info)", true],
      [
        "Keys for a 20-target send, beyond the IDs",
        `${keyboard.keys} keys${keyboard.sent ? "" : " (NOT SENT)"}`,
        "60 keys",
        keyboard.sent && keyboard.keys <= 60,
      ],
      ["Send page height, 20 targets at 1280x900", `${formHeight} px`, "1600 px", formHeight <= 1600],
      ["Send -> table visible, median (20 targets)", formatMs(median(clickToTable)), "35 ms", median(clickToTable) <= 35],
      ["Send -> table visible, p95", formatMs(percentile(clickToTable, 95)), "", true],
      [
        "  browser: click to the action's request, median",
        formatMs(median(viaApp.map((send) => send.toRequest))),
        "(info)",
        true,
      ],
      ["  browser: action round trip, median", formatMs(median(viaApp.map((send) => send.roundTrip))), "(info)", true],
      ["  browser: click handler + 20-row table render", formatMs(median(viaApp.map((send) => send.render))), "(info)", true],
      ...SEND_STEPS.map(
        (step) =>
          [
            `  server: ${STEP_LABELS[step]}, median`,
            formatMs(median(viaApp.map((send) => send.server.steps[step] ?? 0))),
            "(info)",
            true,
          ] as const,
      ),
      ["  server: total, median", formatMs(median(viaApp.map((send) => send.server.totalMs))), "(info)", true],
      ["Server overhead (all but the ZIM call), median", formatMs(median(overhead)), "10 ms", median(overhead) <= 10],
      [
        "  sends 3 to 32 after start: click, overhead",
        `${formatMs(median(afterStart.map((send) => send.clickToTable)))}, ${formatMs(median(afterStart.map((send) => serverOverheadMs(send.server))))}`,
        "(info)",
        true,
      ],
      ["Direct call to simulator, median", formatMs(median(direct)), "", true],
      ["Direct call to simulator, p95", formatMs(percentile(direct, 95)), "", true],
      ["App overhead ratio (median app / direct)", `${(median(clickToTable) / median(direct)).toFixed(1)}x`, "", true],
      [
        `Preflight accuracy, ${preflight.targets} targets of 50 senders`,
        `${((preflight.matched / preflight.targets) * 100).toFixed(1)}% (${preflight.matched}; call Codes ${preflight.callCodesMatched}/50)`,
        "100%",
        preflight.matched === preflight.targets && preflight.callCodesMatched === 50,
      ],
      ...([20, 50] as const).flatMap(
        (size) =>
          [
            [
              `Preflight of ${size} targets, p95 (median)`,
              `${formatMs(percentile(preflight.preflightMs[size], 95))} (${formatMs(median(preflight.preflightMs[size]))})`,
              "250 ms",
              percentile(preflight.preflightMs[size], 95) <= 250,
            ],
            [
              `  send of the same ${size} targets, p95 (median)`,
              `${formatMs(percentile(preflight.sendMs[size], 95))} (${formatMs(median(preflight.sendMs[size]))})`,
              "(info)",
              true,
            ],
          ] as const,
      ),
    ] as const;
    console.log(
      `\nZIM Friend Console benchmarks (${keystrokes.toCounter.length} keystrokes, ${viaApp.length} sends after ${SERVER_WARM_UP_SENDS} to warm up; sends are recorded in the embedded database; the simulator runs on its own, as npm run sim does)\n`,
    );
    for (const [name, value, budget, ok] of rows) {
      const verdict = budget === "" || budget === "(info)" ? budget : `budget ${budget.padEnd(8)} ${ok ? "ok" : "OVER"}`;
      console.log(`${name.padEnd(46)} ${value.padStart(24)}  ${verdict}`);
    }
    for (const figures of bulk) printBulk(figures);
    printHistory(history);
    const kinds = Object.entries(preflight.kinds).map(([kind, count]) => `${kind} ${count}`);
    console.log(`\nPreflight population by prediction: ${kinds.join(", ")}`);
    for (const mismatch of preflight.mismatches) console.log(`  preflight mismatch: ${mismatch}`);
  } finally {
    await browser.close();
    stopServer(server);
    stopServer(simulator);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
