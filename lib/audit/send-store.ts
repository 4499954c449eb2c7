import "server-only";

import { createHash, randomUUID } from "node:crypto";
import { and, count, desc, eq, exists, gte, lte, or, sql, type SQL } from "drizzle-orm";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb, type Executor } from "@/lib/db/client";
import { send, sendTarget } from "@/lib/db/schema";
import { processId } from "@/lib/leases/process-id";
import type { SendFormValues } from "@/lib/zim/send-schema";

import { isSendStatus, type HistoryQuery } from "./history-query";
import { startsWith } from "./prefix-match";
import type { RequestSummary, SendRecord, StoredOutcome } from "./send-record";
import { makeStorable } from "./storable";
import { whoAndWhere } from "./who-and-where";

function toRecord(row: typeof send.$inferSelect): SendRecord {
  return { ...row, createdAt: row.createdAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null };
}

function hashPayload({ environmentId, values }: { environmentId: string; values: SendFormValues }): string {
  return createHash("sha256").update(JSON.stringify({ environmentId, values })).digest("hex");
}

/** What recording a pending send found: a new record, the same submission's record, or another send's id. */
export type PendingSend =
  { kind: "created"; record: SendRecord } | { kind: "repeated"; record: SendRecord } | { kind: "mismatch" };

/**
 * Writes the audit record before the call leaves: the send and one row per target, together or
 * not at all. A submission id already recorded answers its record only when the same operator
 * sent the same payload to the same environment (a double submit sends once); any other use of
 * it is a mismatch and is never answered with that send's result.
 */
export async function recordPendingSend({
  submissionId,
  caller,
  environment,
  values,
  request,
  retryOf = null,
  jobId = null,
}: {
  submissionId: string;
  caller: Caller;
  environment: Environment;
  values: SendFormValues;
  request: RequestSummary;
  retryOf?: string | null;
  jobId?: string | null;
}): Promise<PendingSend> {
  const db = await getDb();
  const id = randomUUID();
  const payloadHash = hashPayload({ environmentId: environment.id, values });
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(send)
      .values({
        id,
        submissionId,
        payloadHash,
        ...whoAndWhere({ caller, environment }),
        fromUserId: values.fromUserId,
        reason: values.reason,
        input: values,
        request,
        status: "pending",
        owner: processId(),
        retryOf,
        jobId,
      })
      .onConflictDoNothing({ target: send.submissionId })
      .returning();
    if (!row) return undefined;
    await tx
      .insert(sendTarget)
      .values(values.friendInfos.map((target, position) => ({ sendId: id, position, userId: target.userId })));
    return row;
  });
  if (created) return { kind: "created", record: toRecord(created) };
  const [existing] = await db.select().from(send).where(eq(send.submissionId, submissionId));
  if (!existing) throw new Error("A send with this submission id vanished.");
  const same =
    existing.operatorId === caller.id && existing.environmentId === environment.id && existing.payloadHash === payloadHash;
  return same ? { kind: "repeated", record: toRecord(existing) } : { kind: "mismatch" };
}

async function writeTargetOutcomes({ tx, id, outcome }: { tx: Executor; id: string; outcome: StoredOutcome }): Promise<void> {
  if (outcome.status !== "answered") return;
  await tx.delete(sendTarget).where(eq(sendTarget.sendId, id));
  await tx.insert(sendTarget).values(
    outcome.result.targets.map((target) => ({
      sendId: id,
      position: target.index,
      userId: target.userId,
      outcome: target.outcome,
      subCode: target.subCode ?? null,
    })),
  );
}

/**
 * Stores what came back, the send and its per-target outcomes in one transaction, after making
 * every string of the answer storable (the outcome then says it was altered).
 */
export async function completeSend({ id, outcome: received }: { id: string; outcome: StoredOutcome }): Promise<StoredOutcome> {
  const db = await getDb();
  const storable = makeStorable(received);
  const outcome: StoredOutcome = storable.altered ? { ...storable.value, alteredForStorage: true } : received;
  const answered = outcome.status === "answered" ? outcome.result : undefined;
  await db.transaction(async (tx) => {
    await tx
      .update(send)
      .set({
        status: outcome.status === "answered" ? outcome.result.kind : outcome.status,
        code: answered?.code ?? null,
        requestId: answered?.requestId || null,
        latencyMs: outcome.call.latencyMs,
        outcome,
        completedAt: new Date(),
      })
      .where(eq(send.id, id));
    await writeTargetOutcomes({ tx, id, outcome });
  });
  return outcome;
}

/** The call went out but its answer could not be stored: say so in History, so nobody sends it again blind. */
export async function markUnrecorded({ id }: { id: string }): Promise<void> {
  const db = await getDb();
  await db.update(send).set({ status: "unrecorded", completedAt: new Date() }).where(eq(send.id, id));
}

export async function getSend(id: string): Promise<SendRecord | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(send).where(eq(send.id, id));
  return row ? toRecord(row) : undefined;
}

export const PAGE_SIZE = 20;

/** Newest first, filtered as History's query asks, one page at a time. */
export async function listSends(query: HistoryQuery): Promise<{ records: SendRecord[]; total: number }> {
  const db = await getDb();
  const targetWhere = (condition: SQL) =>
    exists(
      db
        .select({ one: sendTarget.position })
        .from(sendTarget)
        .where(and(eq(sendTarget.sendId, send.id), condition)),
    );
  const conditions = [
    query.operator ? eq(send.operatorEmail, query.operator) : undefined,
    query.fromUserId ? eq(send.fromUserId, query.fromUserId) : undefined,
    query.requestId ? startsWith(send.requestId, query.requestId) : undefined,
    isSendStatus(query.status) ? eq(send.status, query.status) : query.status ? sql`false` : undefined,
    query.q
      ? or(
          startsWith(send.requestId, query.q),
          startsWith(send.reason, query.q),
          startsWith(send.fromUserId, query.q),
          targetWhere(startsWith(sendTarget.userId, query.q)),
        )
      : undefined,
    query.since ? gte(send.createdAt, query.since) : undefined,
    query.until ? lte(send.createdAt, query.until) : undefined,
    query.target ? targetWhere(eq(sendTarget.userId, query.target)) : undefined,
    query.code !== undefined ? or(eq(send.code, query.code), targetWhere(eq(sendTarget.subCode, query.code))) : undefined,
  ];
  const where = and(...conditions.filter((condition) => condition !== undefined));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(send)
      .where(where)
      .orderBy(desc(send.createdAt))
      .limit(PAGE_SIZE)
      .offset(Math.max(0, query.page - 1) * PAGE_SIZE),
    db.select({ value: count() }).from(send).where(where),
  ]);
  return { records: rows.map(toRecord), total: total?.value ?? 0 };
}

export async function findSendByRequestId(requestId: string): Promise<SendRecord | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(send).where(eq(send.requestId, requestId)).orderBy(desc(send.createdAt)).limit(1);
  return row ? toRecord(row) : undefined;
}
