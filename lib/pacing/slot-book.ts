import { sql } from "drizzle-orm";

import type { Executor } from "@/lib/db/client";

export type Reservation = { startMs: number } | { busyUntilMs: number };

/**
 * Where the next free slot of each key (an AppId) is kept. The rule is GCRA: a caller takes the next
 * free slot (or now, if it lies in the past) and moves it one interval on, but only books a slot
 * that starts within its lookahead; otherwise it learns when one will. Times are epoch milliseconds.
 */
export type SlotBook = {
  reserve(args: { key: string; intervalMs: number; lookaheadMs: number }): Promise<Reservation>;
  /** Moves the key's free slots on by `ms`, after a call that left that late. */
  moveOn(args: { key: string; ms: number }): Promise<void>;
};

const now = sql`extract(epoch from clock_timestamp())::float8 * 1000`;

/**
 * The book as one row per key, booked in one statement: the row lock makes concurrent callers, in
 * any process on the database, queue one interval apart. The processes and the database must share
 * a clock (one host, or NTP).
 */
export function databaseSlotBook(db: Executor): SlotBook {
  return {
    async reserve({ key, intervalMs, lookaheadMs }) {
      // Both drivers (node-postgres, PGlite) answer with `rows`.
      const result = (await db.execute(sql`
        insert into "pacer" ("key", "next_at_ms") values (${key}, ${now} + ${intervalMs}::float8)
        on conflict ("key") do update set "next_at_ms" = greatest("pacer"."next_at_ms", ${now}) + ${intervalMs}::float8
          where "pacer"."next_at_ms" <= ${now} + ${lookaheadMs}::float8
        returning "next_at_ms" - ${intervalMs}::float8 as "start_ms"`)) as { rows: { start_ms: number | string }[] };
      const [row] = result.rows;
      if (row) return { startMs: Number(row.start_ms) };
      const busy = (await db.execute(sql`select "next_at_ms" from "pacer" where "key" = ${key}`)) as {
        rows: { next_at_ms: number | string }[];
      };
      return { busyUntilMs: Number(busy.rows[0]?.next_at_ms ?? 0) - lookaheadMs };
    },
    async moveOn({ key, ms }) {
      await db.execute(sql`update "pacer" set "next_at_ms" = "next_at_ms" + ${ms}::float8 where "key" = ${key}`);
    },
  };
}

/**
 * The same book in this process's memory, for embedded PGlite: one process is all that can open its
 * data folder, so there is nobody to share the pace with, and a booking then never waits behind a
 * statement on PGlite's single connection (a chunk's settle holds it for about 20 ms).
 */
export function processSlotBook(nextFreeMs: Map<string, number>): SlotBook {
  return {
    async reserve({ key, intervalMs, lookaheadMs }) {
      const nowMs = Date.now();
      const next = nextFreeMs.get(key) ?? -Infinity;
      if (next > nowMs + lookaheadMs) return { busyUntilMs: next - lookaheadMs };
      const startMs = Math.max(next, nowMs);
      nextFreeMs.set(key, startMs + intervalMs);
      return { startMs };
    },
    async moveOn({ key, ms }) {
      const next = nextFreeMs.get(key);
      if (next !== undefined) nextFreeMs.set(key, next + ms);
    },
  };
}
