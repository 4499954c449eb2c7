import "server-only";

import { createHash, randomUUID } from "node:crypto";
import { and, arrayContains, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb, type Database } from "@/lib/db/client";
import { send, sendTarget } from "@/lib/db/schema";
import { processId } from "@/lib/leases/process-id";
import type { SendFormValues } from "@/lib/zim/send-schema";

import { isSendStatus, type HistoryQuery } from "./history-query";
import { cappedCount, joinConditions, keysetPage, microsOf, readKeysetPage, type KeysetPage } from "./keyset";
import { startsWith } from "./prefix-match";
import type { RequestSummary, SendRecord, StoredOutcome } from "./send-record";
import { insertPendingSend, updateCompletedSend } from "./send-statements";
import { makeStorable } from "./storable";
import { whoAndWhere } from "./who-and-where";

function toRecord(row: typeof send.$inferSelect): SendRecord {
  return { ...row, createdAt: row.createdAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null };
}

function hashPayload({ environmentId, values }: { environmentId: string; values: SendFormValues }): string {
  return createHash("sha256").update(JSON.stringify({ environmentId, values })).digest("hex");
}

/** A send just written: the caller has everything else it holds. */
export type NewSend = Pick<SendRecord, "id" | "createdAt">;

/** What recording a pending send found: a new send, the same submission's record, or another send's id. */
export type PendingSend = { kind: "created"; record: NewSend } | { kind: "repeated"; record: SendRecord } | { kind: "mismatch" };

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
  const payloadHash = hashPayload({ environmentId: environment.id, values });
  const [created] = await insertPendingSend(db, {
    id: randomUUID(),
    submissionId,
    payloadHash,
    ...whoAndWhere({ caller, environment }),
    fromUserId: values.fromUserId,
    reason: values.reason,
    input: values,
    request,
    owner: processId(),
    retryOf,
    jobId,
    targetUserIds: values.friendInfos.map((target) => target.userId),
  });
  if (created) return { kind: "created", record: { id: created.id, createdAt: created.createdAt.toISOString() } };
  const [existing] = await db.select().from(send).where(eq(send.submissionId, submissionId));
  if (!existing) throw new Error("A send with this submission id vanished.");
  const same =
    existing.operatorId === caller.id && existing.environmentId === environment.id && existing.payloadHash === payloadHash;
  return same ? { kind: "repeated", record: toRecord(existing) } : { kind: "mismatch" };
}

/** The call's Code and every SubCode, once each: what History's code filter matches. */
function codesIn(result: { code: number; targets: { subCode?: number }[] }): number[] {
  return [
    ...new Set([result.code, ...result.targets.flatMap((target) => (target.subCode === undefined ? [] : [target.subCode]))]),
  ];
}

/**
 * Stores what came back, the send and its per-target outcomes in one statement (so together or not
 * at all, in one round trip), after making every string of the answer storable (the outcome then
 * says it was altered).
 */
export async function completeSend({ id, outcome: received }: { id: string; outcome: StoredOutcome }): Promise<StoredOutcome> {
  const db = await getDb();
  const storable = makeStorable(received);
  const outcome: StoredOutcome = storable.altered ? { ...storable.value, alteredForStorage: true } : received;
  const answered = outcome.status === "answered" ? outcome.result : undefined;
  const answers = (answered?.targets ?? []).map((target) => ({
    position: target.index,
    outcome: target.outcome,
    subCode: target.subCode ?? null,
  }));
  await updateCompletedSend(db, {
    id,
    status: outcome.status === "answered" ? outcome.result.kind : outcome.status,
    code: answered?.code ?? null,
    codes: answered ? codesIn(answered) : [],
    requestId: answered?.requestId || null,
    latencyMs: outcome.call.latencyMs,
    outcome,
    completedAt: new Date(),
    answers,
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

/** Which of these sends are still in flight (by primary key: a page's worth of ids at most). */
export async function stillInFlight(ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: send.id })
    .from(send)
    .where(and(inArray(send.id, [...ids]), eq(send.status, "pending")));
  return rows.map((row) => row.id);
}

export const PAGE_SIZE = 20;

/** Sends with a target row that matches. */
function withTarget(db: Database, condition: SQL) {
  return inArray(send.id, db.select({ id: sendTarget.sendId }).from(sendTarget).where(condition));
}

/**
 * History's filters as one condition. Each filter is served by its own index; the ones that read
 * several columns are a union of indexed lookups, since an OR across columns would scan the table.
 */
export function sendConditions(db: Database, query: HistoryQuery): SQL | undefined {
  const code = query.code;
  const term = query.q;
  return joinConditions([
    query.operator ? eq(send.operatorEmail, query.operator) : undefined,
    query.fromUserId ? eq(send.fromUserId, query.fromUserId) : undefined,
    query.requestId ? startsWith(send.requestId, query.requestId) : undefined,
    isSendStatus(query.status) ? eq(send.status, query.status) : query.status ? sql`false` : undefined,
    term
      ? inArray(
          send.id,
          unionAll(
            db.select({ id: send.id }).from(send).where(startsWith(send.requestId, term)),
            db.select({ id: send.id }).from(send).where(startsWith(send.reason, term)),
            db.select({ id: send.id }).from(send).where(startsWith(send.fromUserId, term)),
            db.select({ id: sendTarget.sendId }).from(sendTarget).where(startsWith(sendTarget.userId, term)),
          ),
        )
      : undefined,
    query.since ? gte(send.createdAt, query.since) : undefined,
    query.until ? lte(send.createdAt, query.until) : undefined,
    query.target ? withTarget(db, eq(sendTarget.userId, query.target)) : undefined,
    code !== undefined ? arrayContains(send.codes, [code]) : undefined,
  ]);
}

/** The two queries of a History page: the page's rows (one extra, to know if more follow) and a capped count. */
export function sendPageQueries(db: Database, query: HistoryQuery, limit = PAGE_SIZE) {
  const where = sendConditions(db, query);
  const page = keysetPage({ createdAt: send.createdAt, id: send.id }, query);
  return {
    rows: db
      .select({ row: send, micros: microsOf(send.createdAt) })
      .from(send)
      .where(joinConditions([where, page.where]))
      .orderBy(...page.orderBy)
      .limit(limit + 1),
    count: cappedCount(db, send, where),
  };
}

/**
 * Newest first, filtered as History's query asks, a page at a time from a cursor (never OFFSET),
 * with the number of matches up to COUNT_CAP (`total` above it means "more than").
 */
export async function listSends(query: HistoryQuery, limit = PAGE_SIZE): Promise<KeysetPage<SendRecord> & { total: number }> {
  const db = await getDb();
  const queries = sendPageQueries(db, query, limit);
  return readKeysetPage(queries, toRecord, { at: query, limit });
}

export async function findSendByRequestId(requestId: string): Promise<SendRecord | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(send).where(eq(send.requestId, requestId)).orderBy(desc(send.createdAt)).limit(1);
  return row ? toRecord(row) : undefined;
}
