import type { Browser, Page } from "@playwright/test";

import { UPLOAD_PART_ROWS } from "../../lib/bulk/create-job-schema";
import { packRows } from "../../lib/bulk/pack-rows";
import { busiestSecond, tightestSpanMs } from "../../lib/pacing/sliding-second";
import { samplePeakRss } from "../../lib/testing/process-rss";
import { emptyFriendInfo } from "../../lib/zim/send-schema";
import { callAction } from "./actions";
import { signedInContext } from "./browser";
import { benchRows, SENDERS } from "./bulk-rows";
import { controlSimulator, startServer, stopServer } from "./server";
import { percentile } from "./stats";

/** A port per database: the PostgreSQL run starts while the PGlite server may still be shutting down. */
const PORTS = { embedded: 3201, postgres: 3203 };
const RATE_LIMIT = 20;

type Arrival = { at: number; action: string; rateLimited: boolean };

export type BulkFigures = {
  database: string;
  pace: {
    calls: number;
    callsPerSecond: number;
    wallSeconds: number;
    rateLimited: number;
    busiestSecond: number;
    /** The shortest time 21 calls in a row took at the simulator: at least 1000 ms, or one was refused. */
    tightestSpanMs: number;
  };
  interactiveWaits: number[];
  createSeconds: number;
  bigList: Awaited<ReturnType<typeof measureBigList>>;
  peakRssMb: number;
};

const fan = (index: number) => `fan_${String(index).padStart(4, "0")}`;

/** One send of one target from Node, as the form makes it: its wait for a slot, and its round trip. */
async function interactiveSend(base: string, cookie: string) {
  const started = performance.now();
  const answer = await callAction(
    base,
    "sendFriendApplicationAction",
    {
      form: { fromUserId: "agent_amy", reason: "bench interactive", friendInfos: [emptyFriendInfo("user_erin")] },
      environmentId: "simulator",
      submissionId: crypto.randomUUID(),
      confirmation: "",
    },
    cookie,
  );
  const roundTripMs = performance.now() - started;
  const wait = /"slotWaitMs":(\d+)/.exec(answer)?.[1];
  if (wait === undefined) throw new Error(`an interactive send failed: ${answer.slice(0, 300)}`);
  return { slotWaitMs: Number(wait), roundTripMs };
}

async function jobStatus(base: string, jobId: string, cookie: string) {
  const response = await fetch(`${base}/bulk/${jobId}/progress`, { headers: { cookie } });
  return (await response.json()) as { status: string; startedAt: string | null; finishedAt: string | null };
}

/**
 * A 3,000-target job (six senders, batch limit 20) at the simulator's limit of 20 calls/s, with
 * five interactive sends made while it runs; then a 100,000-row list checked and queued in the
 * browser, on embedded PGlite or on PostgreSQL at `databaseUrl`. The rate is judged from the
 * simulator's arrival times, not the app's own counters; memory is the server process's peak.
 */
export async function measureBulk(browser: Browser, { databaseUrl = "" }: { databaseUrl?: string } = {}): Promise<BulkFigures> {
  const port = databaseUrl ? PORTS.postgres : PORTS.embedded;
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer({ port, batchLimit: 20, databaseUrl });
  const rss = samplePeakRss(server.pid);
  try {
    const { context, cookie } = await signedInContext(browser, base);
    await controlSimulator("reset", { seed: true }, cookie, base);
    await controlSimulator("config", { rateLimitPerSecond: RATE_LIMIT }, cookie, base);

    const rows = benchRows(3000, { userIdOf: (index) => fan(index + 1), wording: "bench" });
    const created = performance.now();
    const body = await callAction(
      base,
      "createBulkJobAction",
      { environmentId: "simulator", confirmation: "", reason: "bench pace", separateRepeats: false, rows: packRows(rows) },
      cookie,
    );
    const createSeconds = (performance.now() - created) / 1000;
    const jobId = /"jobId":"([0-9a-f-]{36})"/.exec(body)?.[1];
    if (!jobId) throw new Error(`the job was not created: ${body.slice(0, 300)}`);

    const interactiveWaits: number[] = [];
    for (let send = 0; send < 5; send += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      interactiveWaits.push((await interactiveSend(base, cookie)).slotWaitMs);
    }
    let job = await jobStatus(base, jobId, cookie);
    while (job.status !== "finished") {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = await jobStatus(base, jobId, cookie);
    }
    const started = new Date(job.startedAt ?? 0).getTime();
    const finished = new Date(job.finishedAt ?? 0).getTime();
    const arrivalsResponse = await fetch(`${base}/sim/control/arrivals`, { headers: { cookie } });
    const { arrivals } = (await arrivalsResponse.json()) as { arrivals: Arrival[] };
    const during = arrivals.filter((arrival) => arrival.action === "SendFriendApplication" && arrival.at >= started - 1000);
    const times = during.map((arrival) => arrival.at);
    const span = (Math.max(...times) - Math.min(...times)) / 1000;

    const bigList = await measureBigList(context, base, cookie);
    await context.close();
    return {
      database: databaseUrl ? "PostgreSQL" : "PGlite (embedded)",
      pace: {
        calls: during.length,
        callsPerSecond: (during.length - 1) / span,
        wallSeconds: (finished - started) / 1000,
        rateLimited: during.filter((arrival) => arrival.rateLimited).length,
        busiestSecond: busiestSecond(times),
        tightestSpanMs: tightestSpanMs(times, RATE_LIMIT + 1),
      },
      interactiveWaits,
      createSeconds,
      bigList,
      peakRssMb: rss.stop(),
    };
  } finally {
    rss.stop();
    stopServer(server);
  }
}

const BIG_LIST = 100_000;
const QUEUE_BIG_LIST = `Queue ${BIG_LIST.toLocaleString("en")} targets`;

/** Chooses a 100,000-row CSV in the bulk page and waits for every row checked and the preview painted. */
async function chooseBigList(page: Page) {
  const lines = ["FromUserId,UserId,Wording"];
  for (let index = 0; index < BIG_LIST; index += 1) lines.push(`${SENDERS[index % 6]},big_${index},hello`);
  const started = Date.now();
  await page
    .getByLabel("CSV or TSV file")
    .setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  await page.getByRole("button", { name: QUEUE_BIG_LIST }).waitFor({ timeout: 60_000 });
  await page.getByRole("table", { name: "Rows of the list" }).getByRole("row").nth(5).waitFor();
  const firstPaintMs = Date.now() - started;
  const checkedText = (await page.getByText(/Checked in \d+ ms/).textContent()) ?? "";
  return { firstPaintMs, checkedMs: Number(/(\d+) ms/.exec(checkedText)?.[1]) };
}

/** Clicks Queue and answers the seconds to the job page; the job runs a little under the sampler, then stops. */
async function queueBigList(page: Page): Promise<number> {
  const queued = Date.now();
  await page.getByRole("button", { name: QUEUE_BIG_LIST }).click();
  await page.waitForURL(/\/bulk\/[0-9a-f-]{36}$/, { timeout: 120_000 });
  const seconds = (Date.now() - queued) / 1000;
  await page.waitForTimeout(8000);
  await page.getByRole("button", { name: "Cancel job" }).click();
  await page.getByTestId("job-status").filter({ hasText: "cancelled" }).waitFor();
  return seconds;
}

/**
 * A 100,000-row list queued twice: clicked the moment its preview shows (the click waits for the
 * parts still going up), and clicked once the page says every part but the last is up, as when
 * the operator has read the plan first.
 */
async function measureBigList(context: Awaited<ReturnType<typeof signedInContext>>["context"], base: string, cookie: string) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/bulk`);
    const { firstPaintMs, checkedMs } = await chooseBigList(page);
    const createSeconds = await queueBigList(page);

    await page.goto(`${base}/bulk`);
    await chooseBigList(page);
    const painted = Date.now();
    const allButLast = (BIG_LIST - UPLOAD_PART_ROWS).toLocaleString("en");
    const sentAhead = page.getByText(`Sent ahead while you read the plan: ${allButLast} of`);
    const upDone = sentAhead.waitFor({ timeout: 60_000 }).then(() => Date.now());
    const sendsWhileGoingUpMs = await sendUntil(upDone, base, cookie);
    const sentAheadSeconds = ((await upDone) - painted) / 1000;
    const createAfterReadingSeconds = await queueBigList(page);
    return { checkedMs, firstPaintMs, createSeconds, sentAheadSeconds, sendsWhileGoingUpMs, createAfterReadingSeconds };
  } finally {
    await page.close();
  }
}

/** Another operator's sends, one every 300 ms until `done` settles: each one's round trip. */
async function sendUntil(done: Promise<unknown>, base: string, cookie: string): Promise<number[]> {
  let finished = false;
  void done.then(() => (finished = true)).catch(() => (finished = true));
  const roundTrips: number[] = [];
  while (!finished) {
    roundTrips.push((await interactiveSend(base, cookie)).roundTripMs);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return roundTrips;
}

export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}
