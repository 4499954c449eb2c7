import "server-only";

import { randomUUID } from "node:crypto";
import { count, desc, eq } from "drizzle-orm";

import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { zimCall } from "@/lib/db/schema";
import type { PreparedCall } from "@/lib/zim/client";
import { toStorableText } from "@/lib/zim/storable-text";
import type { CallRecord } from "@/lib/zim/transport-error";

import type { CallSource, LoggedCall } from "./logged-call";
import { makeStorable } from "./storable";
import { whoAndWhere } from "./who-and-where";

/** Who makes a QA call, where, and why: the context every recorded call carries. */
export type CallContext = { caller: Caller; environment: Environment; source: CallSource; probe?: string };

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
    request,
    status: "pending",
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

export async function listCalls({ page }: { page: number }): Promise<{ calls: LoggedCall[]; total: number }> {
  const db = await getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(zimCall)
      .orderBy(desc(zimCall.createdAt))
      .limit(CALLS_PAGE_SIZE)
      .offset(Math.max(0, page - 1) * CALLS_PAGE_SIZE),
    db.select({ value: count() }).from(zimCall),
  ]);
  return { calls: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })), total: total?.value ?? 0 };
}
