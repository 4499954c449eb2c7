import "server-only";

import { hostname } from "node:os";
import { sql } from "drizzle-orm";

import { getDb, type Database } from "@/lib/db/client";
import { serverProcess } from "@/lib/db/schema";

import { HEARTBEAT_MS } from "./abandoned-owners";
import { processId } from "./process-id";
import { reapAbandonedWork } from "./reap";

const GLOBAL_KEY = Symbol.for("zim-friend-console.heartbeat");
type WithHeartbeat = typeof globalThis & { [GLOBAL_KEY]?: NodeJS.Timeout };

/** Says this process is alive: its in-flight work keeps its lease. */
export async function beat(db: Database): Promise<void> {
  await db
    .insert(serverProcess)
    .values({ id: processId(), host: hostname(), pid: process.pid })
    .onConflictDoUpdate({ target: serverProcess.id, set: { heartbeatAt: sql`now()` } });
}

async function beatAndReap(): Promise<void> {
  try {
    const db = await getDb();
    await beat(db);
    await reapAbandonedWork(db);
  } catch (error) {
    console.error(`Heartbeat failed: ${error instanceof Error ? error.name : typeof error}`);
  }
}

/** Registers this process, reaps what stopped processes left, and does both every few seconds. */
export async function startHeartbeat(): Promise<void> {
  const holder = globalThis as WithHeartbeat;
  if (holder[GLOBAL_KEY]) return;
  holder[GLOBAL_KEY] = setInterval(() => void beatAndReap(), HEARTBEAT_MS);
  holder[GLOBAL_KEY].unref();
  await beatAndReap();
}
