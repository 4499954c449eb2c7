import { sql } from "drizzle-orm";

import type { Executor } from "@/lib/db/client";

/** Interactive work (form sends, retries, QA calls, suites) or a bulk job's chunks. */
export type Lane = "interactive" | "bulk";

/**
 * The share of the limit the pacer hands out. ZIM counts calls as they arrive, over a sliding
 * second; evenly spaced starts that are 3% apart more than needed absorb ~20 ms of network and
 * event-loop jitter before two calls could land in the same second as 20 others.
 */
export const RATE_HEADROOM = 0.97;

export type PacerSettings = { rateLimit: number; bulkShare: number };

const now = sql`extract(epoch from clock_timestamp())::float8 * 1000`;

/** A call that wakes later than this after its slot gives the slot up: starting late would crowd the next second. */
const LATE_TOLERANCE_MS = 10;

/**
 * GCRA in one statement: the key's row holds the theoretical arrival time of the next call; each
 * caller moves it one interval on (from now, if it lies in the past) and starts at the old value.
 * The row lock makes concurrent callers, in any process, queue one interval apart. Times are epoch
 * milliseconds, so the processes and the database must share a clock (one host, or NTP).
 */
export async function reserveSlot(db: Executor, key: string, intervalMs: number): Promise<number> {
  // Both drivers (node-postgres, PGlite) answer with `rows`.
  const result = (await db.execute(sql`
    insert into "pacer" ("key", "next_at_ms") values (${key}, ${now} + ${intervalMs}::float8)
    on conflict ("key") do update set "next_at_ms" = greatest("pacer"."next_at_ms", ${now}) + ${intervalMs}::float8
    returning "next_at_ms" - ${intervalMs}::float8 as "start_ms"`)) as { rows: unknown[] };
  const [row] = result.rows as { start_ms: number | string }[];
  return Number(row?.start_ms ?? 0);
}

const sleep = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** Reserves a slot and waits for it; a slot missed by more than the tolerance is given up for the next free one. */
async function waitForSlot(db: Executor, key: string, intervalMs: number): Promise<void> {
  for (;;) {
    const start = await reserveSlot(db, key, intervalMs);
    await sleep(start - Date.now());
    if (Date.now() - start <= LATE_TOLERANCE_MS) return;
  }
}

/** Milliseconds between two calls to one AppId when the pacer runs at full rate. */
export function callIntervalMs({ rateLimit }: Pick<PacerSettings, "rateLimit">): number {
  return 1000 / (rateLimit * RATE_HEADROOM);
}

/**
 * Waits for this call's turn at `appId` and resolves when it may leave, with the time waited.
 * Bulk calls first take a turn in their own lane, paced at `bulkShare` of the rate, so they never
 * hold more than that share of the shared queue and an interactive call waits at most about one
 * interval behind them.
 */
export async function takeSlot(
  db: Executor,
  { appId, lane, settings }: { appId: number; lane: Lane; settings: PacerSettings },
): Promise<number> {
  const started = performance.now();
  const interval = callIntervalMs(settings);
  if (lane === "bulk") await waitForSlot(db, `${appId}:bulk`, interval / settings.bulkShare);
  await waitForSlot(db, String(appId), interval);
  return performance.now() - started;
}
