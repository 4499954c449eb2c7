import type { Browser } from "@playwright/test";

import { samplePeakRss } from "../../lib/testing/process-rss";
import { callAction } from "./actions";
import { signedInContext } from "./browser";
import { benchRows } from "./bulk-rows";
import { startServer, stopServer } from "./server";

const PORT = 3203;
const BASE = `http://127.0.0.1:${PORT}`;

/**
 * A 100,000-target job on PostgreSQL: the server process's RSS peak while the job is created and
 * runs for 15 s (the embedded-database figure comes from the bulk runs).
 */
export async function measureBigJobMemory(
  browser: Browser,
  databaseUrl: string,
): Promise<{ peakMb: number; createSeconds: number }> {
  const server = await startServer({ port: PORT, batchLimit: 20, databaseUrl });
  const rss = samplePeakRss(server.pid);
  try {
    const { context, cookie } = await signedInContext(browser, BASE);
    await context.close();
    const rows = benchRows(100_000, { userIdOf: (index) => `big_${index}`, wording: "hello" });
    const started = performance.now();
    const body = await callAction(
      BASE,
      "createBulkJobAction",
      {
        environmentId: "simulator",
        confirmation: "",
        reason: "bench memory",
        separateRepeats: false,
        rows: JSON.stringify(rows),
      },
      cookie,
    );
    const createSeconds = (performance.now() - started) / 1000;
    if (!/"jobId":"[0-9a-f-]{36}"/.test(body)) throw new Error(`the job was not created: ${body.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    return { peakMb: rss.stop(), createSeconds };
  } finally {
    rss.stop();
    stopServer(server);
  }
}
