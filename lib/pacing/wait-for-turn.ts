import "server-only";

import { getServerConfig } from "@/lib/config/env";
import { getDb, runsInThisThread } from "@/lib/db/client";

import { takeSlot, type Lane } from "./pacer";
import { databaseSlotBook, processSlotBook, type SlotBook } from "./slot-book";

/**
 * This process's bulk workers queue here for the pacer, one at a time per AppId. Left to race,
 * all four woke together as each slot came within reach, one booked it and three asked again:
 * about six statements per call, on embedded PGlite in the server's own thread.
 */
const bulkTurns = new Map<number, Promise<unknown>>();

const GLOBAL_KEY = Symbol.for("zim-friend-console.pacer-slots");
// On globalThis: the bulk workers (instrumentation) and the actions are bundled apart, and must share one pace.
type WithSlots = typeof globalThis & { [GLOBAL_KEY]?: Map<string, number> };

/** The pacer's book: the database's, shared by every process on it, or this process's alone on embedded PGlite. */
async function slotBook(): Promise<SlotBook> {
  const db = await getDb();
  if (!runsInThisThread(db)) return databaseSlotBook(db);
  const holder = globalThis as WithSlots;
  return processSlotBook((holder[GLOBAL_KEY] ??= new Map()));
}

/** Waits until a call to `appId` may leave under the app-wide pace; resolves with the milliseconds waited. */
export async function waitForTurn({ appId, lane }: { appId: number; lane: Lane }): Promise<number> {
  const started = performance.now();
  const take = async () => {
    await takeSlot(await slotBook(), { appId, lane, rateLimit: getServerConfig().rateLimit });
    return performance.now() - started;
  };
  if (lane === "interactive") return take();
  const turn = (bulkTurns.get(appId) ?? Promise.resolve()).then(take);
  bulkTurns.set(
    appId,
    turn.catch(() => undefined),
  );
  return turn;
}
