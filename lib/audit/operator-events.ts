import "server-only";

import { desc } from "drizzle-orm";

import { getDb, type Executor } from "@/lib/db/client";
import { operatorEvent } from "@/lib/db/schema";

import type { OperatorChange } from "./operator-change";

/** Who acts on an operator account: a signed-in admin, or the first-run setup (no one yet). */
export type OperatorActor = { id: string; email: string } | "first-run setup";

export type OperatorEvent = { id: number; actorEmail: string; subjectEmail: string; change: OperatorChange; createdAt: Date };

export async function recordOperatorEvent({
  tx,
  actor,
  subject,
  change,
}: {
  /** The transaction of the change itself, so the change and its record land together. */
  tx?: Executor;
  actor: OperatorActor;
  subject: { id: string; email: string };
  change: OperatorChange;
}): Promise<void> {
  const db = tx ?? (await getDb());
  await db.insert(operatorEvent).values({
    actorId: actor === "first-run setup" ? null : actor.id,
    actorEmail: actor === "first-run setup" ? actor : actor.email,
    subjectId: subject.id,
    subjectEmail: subject.email,
    change,
  });
}

export async function listOperatorEvents({ limit }: { limit: number }): Promise<OperatorEvent[]> {
  const db = await getDb();
  return db
    .select({
      id: operatorEvent.id,
      actorEmail: operatorEvent.actorEmail,
      subjectEmail: operatorEvent.subjectEmail,
      change: operatorEvent.change,
      createdAt: operatorEvent.createdAt,
    })
    .from(operatorEvent)
    .orderBy(desc(operatorEvent.id))
    .limit(limit);
}
