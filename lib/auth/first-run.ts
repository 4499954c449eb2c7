import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/lib/db/client";
import { setting } from "@/lib/db/schema";

const CLAIM = "first-run-claim";

/**
 * Claims the first run for one request. The claim is a row under a primary key, so of any number of
 * parallel setups (PostgreSQL runs them truly in parallel) exactly one gets it.
 */
export async function claimFirstRun({ email }: { email: string }): Promise<boolean> {
  const db = await getDb();
  const claimed = await db.insert(setting).values({ key: CLAIM, value: email }).onConflictDoNothing().returning();
  return claimed.length === 1;
}

/** Gives the claim back when the first admin could not be created, so setup can be tried again. */
export async function releaseFirstRun(): Promise<void> {
  const db = await getDb();
  await db.delete(setting).where(eq(setting.key, CLAIM));
}
