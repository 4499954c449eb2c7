import { sql } from "drizzle-orm";

import type { Database } from "@/lib/db/client";
import { scheduledTask } from "@/lib/db/schema";

/**
 * Claims this period's run of a scheduled task: true for exactly one caller across every process on
 * the database, which then does the work; the others find the next run already moved on.
 */
export async function claimScheduledRun(db: Database, { name, periodMs }: { name: string; periodMs: number }): Promise<boolean> {
  await db
    .insert(scheduledTask)
    .values({ name, nextRunAt: new Date(0) })
    .onConflictDoNothing();
  const claimed = await db
    .update(scheduledTask)
    .set({ nextRunAt: sql`now() + ${periodMs} * interval '1 millisecond'` })
    .where(sql`${scheduledTask.name} = ${name} and ${scheduledTask.nextRunAt} <= now()`)
    .returning({ name: scheduledTask.name });
  return claimed.length > 0;
}
