import type { SlotBook } from "./slot-book";

/** Interactive work (form sends, retries, QA calls, suites) or a bulk job's chunks. */
export type Lane = "interactive" | "bulk";

/**
 * The share of the limit the pacer hands out. ZIM counts calls as they arrive, over a sliding
 * second; evenly spaced starts 5% further apart than needed absorb ~50 ms of network and
 * event-loop jitter before a call could land in the same second as the limit's worth of others.
 * 2% (20 ms) was not enough for two busy processes on two cores: the scale-out test saw 660300005.
 */
export const RATE_HEADROOM = 0.95;

/** Lateness a call absorbs without telling anyone: within the 5% headroom's margin for jitter. */
const LATE_TOLERANCE_MS = 10;

/** Milliseconds between two calls to one AppId when the pacer runs at full rate. */
export function callIntervalMs({ rateLimit }: { rateLimit: number }): number {
  return 1000 / (rateLimit * RATE_HEADROOM);
}

/** How far ahead each lane may book a slot, in intervals: interactive calls book past a bulk job's next call. */
const LOOKAHEAD_INTERVALS: Record<Lane, number> = { interactive: 5, bulk: 0.5 };

const sleep = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** The furthest ahead any lane books, in intervals. */
const LONGEST_LOOKAHEAD = Math.max(...Object.values(LOOKAHEAD_INTERVALS));

/**
 * What a call that woke `lateMs` after its slot does. A little late, it goes. Later, it still goes,
 * and first moves the free slots on by as much, so the calls not booked yet keep their distance
 * from it; giving the slot up instead would cost a whole interval. That is only safe while the
 * calls already booked (up to the longest lookahead) end well inside the second that starts with
 * this call: at a low limit (5 calls/s, where five intervals are a second) or when very late, the
 * call books a new slot instead.
 */
export async function settleLateness(
  book: SlotBook,
  { key, lateMs, intervalMs }: { key: string; lateMs: number; intervalMs: number },
): Promise<"go" | "book-again"> {
  if (lateMs <= LATE_TOLERANCE_MS) return "go";
  if (lateMs > 2 * intervalMs || LONGEST_LOOKAHEAD * intervalMs + lateMs >= 1000) return "book-again";
  await book.moveOn({ key, ms: lateMs });
  return "go";
}

/**
 * Waits until a call to `appId` may leave and resolves with the milliseconds waited. A caller only
 * books a slot within its lane's lookahead, so nobody queues far ahead, and since a bulk call books
 * at most half an interval ahead, an interactive call waits at most about one interval behind a
 * bulk job (interactive calls jump the queue).
 */
export async function takeSlot(
  book: SlotBook,
  { appId, lane, rateLimit }: { appId: number; lane: Lane; rateLimit: number },
): Promise<number> {
  const started = performance.now();
  const intervalMs = callIntervalMs({ rateLimit });
  const lookaheadMs = LOOKAHEAD_INTERVALS[lane] * intervalMs;
  for (;;) {
    const slot = await book.reserve({ key: String(appId), intervalMs, lookaheadMs });
    if ("busyUntilMs" in slot) {
      // Back as the next slot comes within reach, give or take a few milliseconds, so callers
      // that found the queue full do not all come back at once, nor leave the slot unused.
      await sleep(Math.max(1, slot.busyUntilMs - Date.now()) + Math.random() * 3);
      continue;
    }
    await sleep(slot.startMs - Date.now());
    const lateMs = Date.now() - slot.startMs;
    if ((await settleLateness(book, { key: String(appId), lateMs, intervalMs })) === "go") return performance.now() - started;
  }
}
