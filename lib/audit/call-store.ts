import "server-only";

import { randomUUID } from "node:crypto";
import { desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb, type Database } from "@/lib/db/client";
import { zimCall, zimCallUser } from "@/lib/db/schema";
import { processId } from "@/lib/leases/process-id";
import type { PreparedCall } from "@/lib/zim/client";
import { toStorableText } from "@/lib/zim/storable-text";
import type { CallRecord } from "@/lib/zim/transport-error";

import { usersInRequest } from "./call-users";
import { isCallStatus, type HistoryQuery } from "./history-query";
import { cappedCount, joinConditions, keysetPage, microsOf, readKeysetPage, type KeysetPage } from "./keyset";
import type { CallSource, LoggedCall } from "./logged-call";
import { startsWith } from "./prefix-match";
import { makeStorable } from "./storable";
import { whoAndWhere } from "./who-and-where";

/** Who makes a QA call, where, and why: the context every recorded call carries. */
export type CallContext = { caller: Caller; environment: Environment; source: CallSource; probe?: string; reason?: string };

function storableUsers({ fromUserId, userIds }: { fromUserId: string; userIds: string[] }) {
  return { fromUserId: toStorableText(fromUserId).text, userIds: userIds.map((userId) => toStorableText(userId).text) };
}

/**
 * Writes the call's record before it leaves; answers the record's id. The Action recorded is the
 * one in the URL that goes out, whatever the tool was asked for.
 */
export async function logPendingCall({ context, prepared }: { context: CallContext; prepared: PreparedCall }): Promise<string> {
  const db = await getDb();
  const id = randomUUID();
  const { value: request } = makeStorable({
    method: prepared.method,
    url: prepared.redactedUrl,
    requestBody: prepared.requestBody,
  });
  const users = storableUsers(usersInRequest({ url: prepared.redactedUrl, body: prepared.requestBody }));
  await db.transaction(async (tx) => {
    await tx.insert(zimCall).values({
      id,
      ...whoAndWhere({ caller: context.caller, environment: context.environment }),
      source: context.source,
      action: toStorableText(new URL(prepared.redactedUrl).searchParams.get("Action") ?? "(not sent)").text,
      probe: context.probe ?? "none",
      reason: toStorableText(context.reason ?? "").text,
      ...users,
      request,
      status: "pending",
      owner: processId(),
    });
    if (users.userIds.length > 0) await tx.insert(zimCallUser).values(users.userIds.map((userId) => ({ callId: id, userId })));
  });
  return id;
}

/** Stores what came back, made storable: ZIM's Code and RequestId when it answered, the whole exchange either way. */
export async function completeCall({
  id,
  call,
  answer,
}: {
  id: string;
  call: CallRecord;
  answer?: { code: number; requestId: string };
}): Promise<void> {
  const db = await getDb();
  const { value: stored } = makeStorable({ call, requestId: answer?.requestId || null });
  await db
    .update(zimCall)
    .set({
      status: answer ? "answered" : "transport-failed",
      code: answer?.code ?? null,
      requestId: stored.requestId,
      latencyMs: call.latencyMs,
      call: stored.call,
      completedAt: new Date(),
    })
    .where(eq(zimCall.id, id));
}

export const CALLS_PAGE_SIZE = 50;

/** Calls whose body names a user that matches. */
function namingUser(db: Database, condition: SQL) {
  return inArray(zimCall.id, db.select({ id: zimCallUser.callId }).from(zimCallUser).where(condition));
}

/** History's filters for QA calls, each served by an index as for sends (lib/audit/send-store). */
export function callConditions(db: Database, query: HistoryQuery): SQL | undefined {
  const term = query.q;
  return joinConditions([
    query.operator ? eq(zimCall.operatorEmail, query.operator) : undefined,
    query.fromUserId ? eq(zimCall.fromUserId, query.fromUserId) : undefined,
    query.target ? namingUser(db, eq(zimCallUser.userId, query.target)) : undefined,
    query.requestId ? startsWith(zimCall.requestId, query.requestId) : undefined,
    isCallStatus(query.status) ? eq(zimCall.status, query.status) : query.status ? sql`false` : undefined,
    query.source ? eq(zimCall.source, query.source) : undefined,
    query.code !== undefined ? eq(zimCall.code, query.code) : undefined,
    query.since ? gte(zimCall.createdAt, query.since) : undefined,
    query.until ? lte(zimCall.createdAt, query.until) : undefined,
    term
      ? inArray(
          zimCall.id,
          unionAll(
            db.select({ id: zimCall.id }).from(zimCall).where(startsWith(zimCall.requestId, term)),
            db.select({ id: zimCall.id }).from(zimCall).where(startsWith(zimCall.reason, term)),
            db.select({ id: zimCall.id }).from(zimCall).where(startsWith(zimCall.fromUserId, term)),
            db.select({ id: zimCallUser.callId }).from(zimCallUser).where(startsWith(zimCallUser.userId, term)),
          ),
        )
      : undefined,
  ]);
}

function toLoggedCall(row: typeof zimCall.$inferSelect): LoggedCall {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** The two queries of a QA calls page: its rows (one extra) and a capped count. */
export function callPageQueries(db: Database, query: HistoryQuery, limit = CALLS_PAGE_SIZE) {
  const where = callConditions(db, query);
  const page = keysetPage({ createdAt: zimCall.createdAt, id: zimCall.id }, query);
  return {
    rows: db
      .select({ row: zimCall, micros: microsOf(zimCall.createdAt) })
      .from(zimCall)
      .where(joinConditions([where, page.where]))
      .orderBy(...page.orderBy)
      .limit(limit + 1),
    count: cappedCount(db, zimCall, where),
  };
}

/** Newest first, filtered like History's sends, a page at a time from a cursor, with a capped count. */
export async function listCalls(
  query: HistoryQuery,
  limit = CALLS_PAGE_SIZE,
): Promise<KeysetPage<LoggedCall> & { total: number }> {
  const db = await getDb();
  const queries = callPageQueries(db, query, limit);
  return readKeysetPage(queries, toLoggedCall, { at: query, limit });
}

export async function getCall(id: string): Promise<LoggedCall | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(zimCall).where(eq(zimCall.id, id));
  return row ? toLoggedCall(row) : undefined;
}

/** The send or QA call ZIM answered with this RequestId, for links from tickets. */
export async function findCallByRequestId(requestId: string): Promise<LoggedCall | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(zimCall).where(eq(zimCall.requestId, requestId)).orderBy(desc(zimCall.createdAt)).limit(1);
  return row ? toLoggedCall(row) : undefined;
}
