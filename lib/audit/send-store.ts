import "server-only";

import { randomUUID } from "node:crypto";
import { and, count, desc, eq, exists, gte, lte, or, type SQL } from "drizzle-orm";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { send, sendTarget } from "@/lib/db/schema";
import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import type { SendFormValues } from "@/lib/zim/send-schema";
import type { CallRecord } from "@/lib/zim/transport-error";

import type { SendRecord, SendStatus } from "./send-record";
import { whoAndWhere } from "./who-and-where";

type Row = typeof send.$inferSelect;

function toRecord(row: Row): SendRecord {
  return {
    ...row,
    input: row.input as SendRecord["input"],
    request: row.request as SendRecord["request"],
    status: row.status as SendStatus,
    outcome: row.outcome as SendRecord["outcome"],
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/**
 * Writes the audit record before the call leaves. A second submission with the same id finds the
 * first record instead (`created: false`), so a double submit sends once.
 */
export async function recordPendingSend({
  submissionId,
  caller,
  environment,
  values,
  request,
  retryOf = null,
}: {
  submissionId: string;
  caller: Caller;
  environment: Environment;
  values: SendFormValues;
  request: SendRecord["request"];
  retryOf?: string | null;
}): Promise<{ created: boolean; record: SendRecord }> {
  const db = await getDb();
  const id = randomUUID();
  const inserted = await db
    .insert(send)
    .values({
      id,
      submissionId,
      ...whoAndWhere(caller, environment),
      fromUserId: values.fromUserId,
      reason: values.reason,
      input: values,
      request,
      status: "pending",
      retryOf,
    })
    .onConflictDoNothing({ target: send.submissionId })
    .returning();
  if (inserted[0]) {
    await db
      .insert(sendTarget)
      .values(values.friendInfos.map((target, position) => ({ sendId: id, position, userId: target.userId })));
    return { created: true, record: toRecord(inserted[0]) };
  }
  const [existing] = await db.select().from(send).where(eq(send.submissionId, submissionId));
  if (!existing) throw new Error("A send with this submission id vanished.");
  return { created: false, record: toRecord(existing) };
}

/** Stores what came back: the outcome shown to the user and one outcome per target. */
export async function completeSend(id: string, outcome: SendAnswered | SendTransportFailed): Promise<void> {
  const db = await getDb();
  const call: CallRecord = outcome.call;
  const answered = outcome.status === "answered" ? outcome.result : undefined;
  await db
    .update(send)
    .set({
      status: answered?.kind ?? outcome.status,
      code: answered?.code ?? null,
      requestId: answered?.requestId || null,
      latencyMs: call.latencyMs,
      outcome,
      completedAt: new Date(),
    })
    .where(eq(send.id, id));
  if (!answered) return;
  // One statement for all targets, rather than an update per target.
  await db.delete(sendTarget).where(eq(sendTarget.sendId, id));
  await db.insert(sendTarget).values(
    answered.targets.map((target) => ({
      sendId: id,
      position: target.index,
      userId: target.userId,
      outcome: target.outcome,
      subCode: target.subCode ?? null,
    })),
  );
}

export async function getSend(id: string): Promise<SendRecord | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(send).where(eq(send.id, id));
  return row ? toRecord(row) : undefined;
}

export type SendFilters = {
  operator?: string;
  fromUserId?: string;
  targetUserId?: string;
  status?: SendStatus;
  /** Matches the call's Code or any target's SubCode. */
  code?: number;
  requestId?: string;
  from?: Date;
  to?: Date;
};

export const PAGE_SIZE = 20;

/** Newest first, filtered, one page at a time. */
export async function listSends(filters: SendFilters, page: number): Promise<{ records: SendRecord[]; total: number }> {
  const db = await getDb();
  const targetWhere = (condition: SQL) =>
    exists(
      db
        .select({ one: sendTarget.position })
        .from(sendTarget)
        .where(and(eq(sendTarget.sendId, send.id), condition)),
    );
  const conditions = [
    filters.operator ? eq(send.operatorEmail, filters.operator) : undefined,
    filters.fromUserId ? eq(send.fromUserId, filters.fromUserId) : undefined,
    filters.requestId ? eq(send.requestId, filters.requestId) : undefined,
    filters.status ? eq(send.status, filters.status) : undefined,
    filters.from ? gte(send.createdAt, filters.from) : undefined,
    filters.to ? lte(send.createdAt, filters.to) : undefined,
    filters.targetUserId ? targetWhere(eq(sendTarget.userId, filters.targetUserId)) : undefined,
    filters.code !== undefined ? or(eq(send.code, filters.code), targetWhere(eq(sendTarget.subCode, filters.code))) : undefined,
  ];
  const where = and(...conditions.filter((condition) => condition !== undefined));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(send)
      .where(where)
      .orderBy(desc(send.createdAt))
      .limit(PAGE_SIZE)
      .offset(Math.max(0, page - 1) * PAGE_SIZE),
    db.select({ value: count() }).from(send).where(where),
  ]);
  return { records: rows.map(toRecord), total: total?.value ?? 0 };
}
