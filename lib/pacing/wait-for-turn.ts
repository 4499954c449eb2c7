import "server-only";

import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";

import { takeSlot, type Lane } from "./pacer";

/** Waits until a call to `appId` may leave under the app-wide pace; resolves with the milliseconds waited. */
export async function waitForTurn({ appId, lane }: { appId: number; lane: Lane }): Promise<number> {
  return takeSlot(await getDb(), { appId, lane, rateLimit: getServerConfig().rateLimit });
}
