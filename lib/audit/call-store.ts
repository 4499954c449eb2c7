import "server-only";

import { randomUUID } from "node:crypto";
import { and, count, desc, eq, gte, lte, or, sql } from "drizzle-orm";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { zimCall } from "@/lib/db/schema";
import { processId } from "@/lib/leases/process-id";
import type { PreparedCall } from "@/lib/zim/client";
import { toStorableText } from "@/lib/zim/storable-text";
import type { CallRecord } from "@/lib/zim/transport-error";

import { usersInRequest } from "./call-users";
import { isCallStatus, type HistoryQuery } from "./history-query";
import type { CallSource, LoggedCall } from "./logged-call";
import { prefixPattern, startsWith } from "./prefix-match";
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
  await db.insert(zimCall).values({
    id,
    ...whoAndWhere({ caller: context.caller, environment: context.environment }),
    source: context.source,
    action: toStorableText(new URL(prepared.redactedUrl).searchParams.get("Action") ?? "(not sent)").text,
    probe: context.probe ?? "none",
    reason: toStorableText(context.reason ?? "").text,
    ...storableUsers(usersInRequest({ url: prepared.redactedUrl, body: prepared.requestBody })),
    request,
    status: "pending",
    owner: processId(),
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

/** A user ID in the call's body starts with `term`. */
function namesUser(term: string) {
  return sql`exists (select 1 from jsonb_array_elements_text(${zimCall.userIds}) as named(user_id) where named.user_id ilike ${prefixPattern(term)})`;
}

function callConditions(query: HistoryQuery) {
  const conditions = [
    query.operator ? eq(zimCall.operatorEmail, query.operator) : undefined,
    query.fromUserId ? eq(zimCall.fromUserId, query.fromUserId) : undefined,
    query.target ? namesUser(query.target) : undefined,
    query.requestId ? startsWith(zimCall.requestId, query.requestId) : undefined,
    isCallStatus(query.status) ? eq(zimCall.status, query.status) : query.status ? sql`false` : undefined,
    query.source ? eq(zimCall.source, query.source) : undefined,
    query.code !== undefined ? eq(zimCall.code, query.code) : undefined,
    query.since ? gte(zimCall.createdAt, query.since) : undefined,
    query.until ? lte(zimCall.createdAt, query.until) : undefined,
    query.q
      ? or(
          startsWith(zimCall.requestId, query.q),
          startsWith(zimCall.reason, query.q),
          startsWith(zimCall.fromUserId, query.q),
          namesUser(query.q),
        )
      : undefined,
  ];
  return and(...conditions.filter((condition) => condition !== undefined));
}

function toLoggedCall(row: typeof zimCall.$inferSelect): LoggedCall {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** Newest first, filtered like History's sends, one page at a time. */
export async function listCalls(
  query: HistoryQuery,
  pageSize = CALLS_PAGE_SIZE,
): Promise<{ calls: LoggedCall[]; total: number }> {
  const db = await getDb();
  const where = callConditions(query);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(zimCall)
      .where(where)
      .orderBy(desc(zimCall.createdAt))
      .limit(pageSize)
      .offset(Math.max(0, query.page - 1) * pageSize),
    db.select({ value: count() }).from(zimCall).where(where),
  ]);
  return { calls: rows.map(toLoggedCall), total: total?.value ?? 0 };
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
