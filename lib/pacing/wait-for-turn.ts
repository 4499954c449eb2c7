import "server-only";

import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";

import { takeSlot, type Lane } from "./pacer";

/**
 * This process's bulk workers queue here for the pacer, one at a time per AppId. Left to race,
 * all four woke together as each slot came within reach, one booked it and three asked again:
 * about six statements per call, on embedded PGlite in the server's own thread.
 */
const bulkTurns = new Map<number, Promise<unknown>>();

/** Waits until a call to `appId` may leave under the app-wide pace; resolves with the milliseconds waited. */
export async function waitForTurn({ appId, lane }: { appId: number; lane: Lane }): Promise<number> {
  const started = performance.now();
  const take = async () => {
    await takeSlot(await getDb(), { appId, lane, rateLimit: getServerConfig().rateLimit });
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
