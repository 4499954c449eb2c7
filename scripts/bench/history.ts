import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";

import type { SeedSample } from "../../lib/history-seed/write-history";
import { signedInContext } from "./browser";
import { startServer, stopServer } from "./server";
import { percentile } from "./stats";

const PORT = 3202;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 20;
/** How many target rows to seed; a smaller figure (BENCH_HISTORY_TARGETS) gives a quick look. */
const TARGETS = Number(process.env.BENCH_HISTORY_TARGETS ?? 1_000_000);

export type HistoryTiming = { name: string; p95: number; median: number };
export type HistoryFigures = { database: string; seedSeconds: number; seeded: string; timings: HistoryTiming[] };

/** Runs `npm run seed:history` against the database and answers its summary line and sample. */
function seed(env: Record<string, string>): Promise<{ summary: string; sample: SeedSample }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/seed/history.ts", "--targets", String(TARGETS)], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      const sample = /^SAMPLE (.+)$/m.exec(output)?.[1];
      const summary = /^Seeded .+$/m.exec(output)?.[0] ?? "";
      if (code !== 0 || !sample) reject(new Error(`seed:history failed (exit ${code}): ${output.slice(-500)}`));
      else resolve({ summary, sample: JSON.parse(sample) as SeedSample });
    });
  });
}

async function timeRequest(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${BASE}${url}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

async function timeEach(pages: [string, string][], cookie: string): Promise<HistoryTiming[]> {
  const timings: HistoryTiming[] = [];
  for (const [name, url] of pages) {
    for (let warm = 0; warm < 2; warm += 1) await timeRequest(url, cookie);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) times.push(await timeRequest(url, cookie));
    timings.push({ name, p95: percentile(times, 95), median: percentile(times, 50) });
  }
  return timings;
}

/**
 * History at scale on one database: first-run setup on an empty server, a seeded history of
 * TARGETS target rows, then each History page and job page timed over HTTP (server render
 * included), 20 runs after 2 warm-ups.
 */
export async function measureHistory(browser: Browser, database: { name: string; url?: string }): Promise<HistoryFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "zim-bench-history-"));
  const where = { dataDir, databaseUrl: database.url ?? "" };
  let server = await startServer({ port: PORT, ...where });
  const { context, cookie } = await signedInContext(browser, BASE);
  await context.close();
  stopServer(server);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const started = performance.now();
  const { summary, sample } = await seed({ ZIM_DATA_DIR: dataDir, DATABASE_URL: database.url ?? "" });
  const seedSeconds = (performance.now() - started) / 1000;
  server = await startServer({ port: PORT, ...where });
  try {
    const first = await fetch(`${BASE}/history`, { headers: { cookie } }).then((response) => response.text());
    const older = /href="(\/history\?before=[^"]+)"/.exec(first)?.[1]?.replaceAll("&amp;", "&");
    const q = (params: Record<string, string>) => `/history?${new URLSearchParams(params).toString()}`;
    const pages: [string, string][] = [
      ["History, first page", "/history"],
      ["  an older page (keyset)", older ?? "/history"],
      ["  by target UserId", q({ target: sample.targetUserId })],
      ["  by FromUserId", q({ fromUserId: sample.fromUserId })],
      ["  by SubCode 660800027", q({ code: "660800027" })],
      ["  by operator", q({ operator: sample.operatorEmail })],
      ["  by ticket prefix", q({ q: sample.ticket.slice(0, 7) })],
      ["  RequestId lookup (/r/…)", `/r/${sample.requestId}`],
      ["QA calls, first page", "/history/calls"],
      ["  by a user in the body", `/history/calls?${new URLSearchParams({ target: sample.callUserId }).toString()}`],
      ["Job page", `/bulk/${sample.jobId}`],
      ["  its first 100 rows", `/bulk/${sample.jobId}/rows?page=1`],
      ["  its per-row CSV export", `/bulk/${sample.jobId}/export`],
    ];
    return { database: database.name, seedSeconds, seeded: summary, timings: await timeEach(pages, cookie) };
  } finally {
    stopServer(server);
  }
}
