import "server-only";

import { and, eq, inArray, sql, type SQL } from "drizzle-orm";

import type { Database } from "@/lib/db/client";
import { preparedPerDatabase } from "@/lib/db/prepared";
import { send, sendTarget } from "@/lib/db/schema";

const value = (name: string) => sql.placeholder(name);

/**
 * A placeholder in an update's `set`. Drizzle fills it through the column's own encoder (JSON for
 * jsonb, an array literal for arrays), as in an insert, but its types only allow one in an insert.
 */
const setTo = (name: string) => value(name) as unknown as SQL;

/**
 * The pending send and one row per target, in one statement, so they are written together or not at
 * all, in one round trip. A submission id already recorded inserts nothing and returns no row.
 */
const recordPendingStatement = preparedPerDatabase((db) => {
  const inserted = db.$with("inserted").as(
    db
      .insert(send)
      .values({
        id: value("id"),
        submissionId: value("submissionId"),
        payloadHash: value("payloadHash"),
        operatorId: value("operatorId"),
        operatorEmail: value("operatorEmail"),
        environmentId: value("environmentId"),
        environmentName: value("environmentName"),
        production: value("production"),
        appId: value("appId"),
        fromUserId: value("fromUserId"),
        reason: value("reason"),
        input: value("input"),
        request: value("request"),
        status: "pending",
        owner: value("owner"),
        retryOf: value("retryOf"),
        jobId: value("jobId"),
      })
      .onConflictDoNothing({ target: send.submissionId })
      // Not the whole row: reading back the payload just written cost a send about 1 ms in the server.
      .returning({ id: send.id, createdAt: send.createdAt }),
  );
  const targets = db.$with("targets").as(
    db
      .insert(sendTarget)
      .select(
        db
          .select({
            sendId: inserted.id,
            position: sql<number>`(target.ordinality - 1)::int`.as("position"),
            userId: sql<string>`target.value`.as("user_id"),
            outcome: sql<null>`null`.as("outcome"),
            subCode: sql<null>`null`.as("sub_code"),
          })
          .from(inserted)
          .crossJoin(sql`jsonb_array_elements_text(${value("userIds")}::jsonb) with ordinality as target`),
      )
      .returning({ position: sendTarget.position }),
  );
  return db.with(inserted, targets).select().from(inserted);
});

/**
 * The send's outcome and each target's, in one statement (so together or not at all, in one round
 * trip).
 */
const completeSendStatement = preparedPerDatabase((db) => {
  const completed = db.$with("completed").as(
    db
      .update(send)
      .set({
        status: setTo("status"),
        code: setTo("code"),
        codes: setTo("codes"),
        requestId: setTo("requestId"),
        latencyMs: setTo("latencyMs"),
        outcome: setTo("outcome"),
        completedAt: setTo("completedAt"),
      })
      .where(eq(send.id, value("id")))
      .returning({ id: send.id }),
  );
  const answers = sql`jsonb_to_recordset(${value("answers")}::jsonb) as answer("position" int, "outcome" text, "subCode" bigint)`;
  return db
    .with(completed)
    .update(sendTarget)
    .set({ outcome: sql`answer."outcome"`, subCode: sql`answer."subCode"` })
    .from(answers)
    .where(
      and(
        inArray(sendTarget.sendId, db.select({ id: completed.id }).from(completed)),
        sql`${sendTarget.position} = answer."position"`,
      ),
    );
});

type SendColumns = typeof send.$inferInsert;

export type PendingSendColumns = Required<
  Pick<
    SendColumns,
    | "id"
    | "submissionId"
    | "payloadHash"
    | "operatorId"
    | "operatorEmail"
    | "environmentId"
    | "environmentName"
    | "production"
    | "appId"
    | "fromUserId"
    | "reason"
    | "input"
    | "request"
    | "owner"
    | "retryOf"
    | "jobId"
  >
> & { targetUserIds: readonly string[] };

/** Inserts a pending send and its targets; no row back means the submission id was recorded already. */
export function insertPendingSend(db: Database, { targetUserIds, ...columns }: PendingSendColumns) {
  return recordPendingStatement(db).execute({ ...columns, userIds: JSON.stringify(targetUserIds) });
}

export type CompletedSendColumns = Required<
  Pick<SendColumns, "id" | "status" | "code" | "codes" | "requestId" | "latencyMs" | "outcome" | "completedAt">
> & { answers: readonly { position: number; outcome: string; subCode: number | null }[] };

/** Stores a send's outcome and each of its targets'. */
export async function updateCompletedSend(db: Database, { answers, ...columns }: CompletedSendColumns): Promise<void> {
  await completeSendStatement(db).execute({ ...columns, answers: JSON.stringify(answers) });
}
