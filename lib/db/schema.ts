import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

import type { CallSource, CallStatus } from "@/lib/audit/logged-call";
import type { OperatorChange } from "@/lib/audit/operator-change";
import type { RequestSummary, SendStatus, StoredOutcome } from "@/lib/audit/send-record";
import type { Role } from "@/lib/auth/roles";
import type { SignInEventKind } from "@/lib/auth/sign-in-event";
import type { BulkJobEventKind, BulkJobStatus, ChunkStatus, RowInput, RowOutcome } from "@/lib/bulk/job-types";
import type { SuiteCase } from "@/lib/qa/suite";
import type { TargetOutcome } from "@/lib/zim/decode-send-result";
import type { SendFormValues } from "@/lib/zim/send-schema";
import type { CallRecord } from "@/lib/zim/transport-error";

/** An index for a case-insensitive prefix search: `lower(column) like 'term%'`. */
const lowerPrefix = (column: AnyPgColumn) => sql`lower(${column}) text_pattern_ops`;

/* The four tables better-auth's Drizzle adapter expects, with the console's operator fields on user. */

export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  role: text("role").$type<Role>().notNull().default("viewer"),
  disabled: boolean("disabled").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const session = pgTable("session", {
  id: text("id").primaryKey(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  token: text("token").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  ipAddress: text("ip_address"),
  userAgent: text("user_agent"),
  userId: text("user_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
});

export const account = pgTable("account", {
  id: text("id").primaryKey(),
  accountId: text("account_id").notNull(),
  providerId: text("provider_id").notNull(),
  userId: text("user_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  accessToken: text("access_token"),
  refreshToken: text("refresh_token"),
  idToken: text("id_token"),
  accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
  refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
  scope: text("scope"),
  password: text("password"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** better-auth reads a session with its operator in one query (advanced.database.joins), not two. */
export const userRelations = relations(user, ({ many }) => ({ sessions: many(session), accounts: many(account) }));
export const sessionRelations = relations(session, ({ one }) => ({
  user: one(user, { fields: [session.userId], references: [user.id] }),
}));
export const accountRelations = relations(account, ({ one }) => ({
  user: one(user, { fields: [account.userId], references: [user.id] }),
}));

export const verification = pgTable("verification", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Values the app makes for itself on first start, such as the session-signing secret. */
export const setting = pgTable("setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** Who acted and where the call went: the columns every audit record starts with. */
function whoAndWhere() {
  return {
    operatorId: text("operator_id")
      .notNull()
      .references(() => user.id),
    operatorEmail: text("operator_email").notNull(),
    environmentId: text("environment_id").notNull(),
    environmentName: text("environment_name").notNull(),
    production: boolean("production").notNull(),
    appId: integer("app_id").notNull(),
  };
}

/**
 * One server process serving this database, with its last heartbeat: what the sends, calls and
 * chunks it has in flight are leased on (lib/leases).
 */
export const serverProcess = pgTable("server_process", {
  id: text("id").primaryKey(),
  host: text("host").notNull(),
  pid: integer("pid").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The audit record of one send, written before the call leaves and completed after. A row left
 * `pending` by a process that stopped heartbeating is turned `unknown` by whichever process notices.
 */
export const send = pgTable(
  "send",
  {
    id: text("id").primaryKey(),
    submissionId: text("submission_id").notNull(),
    /** SHA-256 of the environment and the form values: a submission id answers only the payload it was first used with. */
    payloadHash: text("payload_hash").notNull().default(""),
    ...whoAndWhere(),
    fromUserId: text("from_user_id").notNull(),
    reason: text("reason").notNull().default(""),
    /** The form values sent (per-target fields), so a retry can resend them. */
    input: jsonb("input").$type<SendFormValues>().notNull(),
    /** Method, Signature-redacted URL and body. */
    request: jsonb("request").$type<RequestSummary>().notNull(),
    status: text("status").$type<SendStatus>().notNull(),
    /** The process that makes the call, while it is pending. */
    owner: text("owner"),
    /** bigint: ZIM may answer any integer, and a value the column cannot hold must never fail the write. */
    code: bigint("code", { mode: "number" }),
    /**
     * Every code in the answer, the call's Code and each target's SubCode, so History's code filter
     * is one indexed test on this table instead of a join through every target row.
     */
    codes: bigint("codes", { mode: "number" })
      .array()
      .notNull()
      .default(sql`'{}'::bigint[]`),
    requestId: text("request_id"),
    latencyMs: integer("latency_ms"),
    /** The outcome shown to the user (decoded result and call record), secrets already removed. */
    outcome: jsonb("outcome").$type<StoredOutcome>(),
    retryOf: text("retry_of"),
    /** The bulk job this send is a chunk of; null for a form send. */
    jobId: text("job_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  // History at a million rows: the newest-first key, one index per filter, one per prefix search.
  (table) => [
    uniqueIndex("send_submission_id").on(table.submissionId),
    index("send_job_id").on(table.jobId),
    index("send_newest").on(table.createdAt, table.id),
    index("send_request_id").on(table.requestId),
    index("send_from_user").on(table.fromUserId, table.createdAt),
    index("send_operator").on(table.operatorEmail, table.createdAt),
    index("send_status").on(table.status, table.createdAt),
    index("send_codes").using("gin", table.codes),
    index("send_request_id_prefix").using("btree", lowerPrefix(table.requestId)),
    index("send_reason_prefix").using("btree", lowerPrefix(table.reason)),
    index("send_from_user_prefix").using("btree", lowerPrefix(table.fromUserId)),
  ],
);

/** One row per requested target, so history can filter by target and SubCode. */
export const sendTarget = pgTable(
  "send_target",
  {
    sendId: text("send_id")
      .notNull()
      .references(() => send.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    userId: text("user_id").notNull(),
    outcome: text("outcome").$type<TargetOutcome["outcome"]>(),
    subCode: bigint("sub_code", { mode: "number" }),
  },
  (table) => [
    uniqueIndex("send_target_position").on(table.sendId, table.position),
    index("send_target_user").on(table.userId),
    index("send_target_sub_code").on(table.subCode),
    index("send_target_user_prefix").using("btree", lowerPrefix(table.userId)),
  ],
);

/** QA's saved edge-case suites: a name and its cases, as edited. */
export const suite = pgTable("suite", {
  name: text("name").primaryKey(),
  cases: jsonb("cases").$type<SuiteCase[]>().notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Calls QA tools make on an operator's behalf (send-as-is, suite runs), recorded like sends:
 * before they leave, completed after, `unknown` if the process died in between.
 */
export const zimCall = pgTable(
  "zim_call",
  {
    id: text("id").primaryKey(),
    ...whoAndWhere(),
    source: text("source").$type<CallSource>().notNull(),
    action: text("action").notNull(),
    probe: text("probe").notNull().default("none"),
    /** The ticket or reason QA gave, as sends keep theirs. */
    reason: text("reason").notNull().default(""),
    /** Read from the request body, so search finds QA calls by the users they involve. */
    fromUserId: text("from_user_id").notNull().default(""),
    userIds: jsonb("user_ids").$type<string[]>().notNull().default([]),
    /** Method, Signature-redacted URL and the exact body. */
    request: jsonb("request").$type<RequestSummary>().notNull(),
    status: text("status").$type<CallStatus>().notNull(),
    /** The process that makes the call, while it is pending. */
    owner: text("owner"),
    /** bigint: ZIM may answer any integer, and a value the column cannot hold must never fail the write. */
    code: bigint("code", { mode: "number" }),
    requestId: text("request_id"),
    latencyMs: integer("latency_ms"),
    /** The whole call record (headers, bodies, timings), secrets already removed. */
    call: jsonb("call").$type<CallRecord>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (table) => [
    index("zim_call_newest").on(table.createdAt, table.id),
    index("zim_call_request_id").on(table.requestId),
    index("zim_call_from_user").on(table.fromUserId, table.createdAt),
    index("zim_call_operator").on(table.operatorEmail, table.createdAt),
    index("zim_call_status").on(table.status, table.createdAt),
    index("zim_call_source").on(table.source, table.createdAt),
    index("zim_call_code").on(table.code),
    index("zim_call_request_id_prefix").using("btree", lowerPrefix(table.requestId)),
    index("zim_call_reason_prefix").using("btree", lowerPrefix(table.reason)),
    index("zim_call_from_user_prefix").using("btree", lowerPrefix(table.fromUserId)),
  ],
);

/** The user IDs a QA call's body names, one row each, so History finds calls by user through an index. */
export const zimCallUser = pgTable(
  "zim_call_user",
  {
    callId: text("call_id")
      .notNull()
      .references(() => zimCall.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
  },
  (table) => [
    index("zim_call_user_call").on(table.callId),
    index("zim_call_user_user").on(table.userId),
    index("zim_call_user_prefix").using("btree", lowerPrefix(table.userId)),
  ],
);

/** Each time the retention setting cleared old history: when, the cut-off, and how much went. */
export const retentionRun = pgTable("retention_run", {
  id: serial("id").primaryKey(),
  days: integer("days").notNull(),
  cutoff: timestamp("cutoff", { withTimezone: true }).notNull(),
  sends: integer("sends").notNull(),
  calls: integer("calls").notNull(),
  jobs: integer("jobs").notNull(),
  process: text("process").notNull(),
  ranAt: timestamp("ran_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Work the queue runs on a schedule (retention): whichever process first finds `next_run_at` past
 * moves it on atomically and runs it, so one run happens per period across every process.
 */
export const scheduledTask = pgTable("scheduled_task", {
  name: text("name").primaryKey(),
  nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
});

/** Who changed which operator account, how and when: creation, role changes, disabling and enabling. */
export const operatorEvent = pgTable(
  "operator_event",
  {
    id: serial("id").primaryKey(),
    /** Null for the first-run setup, which has no signed-in actor. */
    actorId: text("actor_id").references(() => user.id),
    actorEmail: text("actor_email").notNull(),
    subjectId: text("subject_id")
      .notNull()
      .references(() => user.id),
    subjectEmail: text("subject_email").notNull(),
    change: jsonb("change").$type<OperatorChange>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("operator_event_created_at").on(table.createdAt)],
);

/**
 * Failed sign-ins per email and per client address (`email:…`, `address:…`), in the database so
 * that the limits hold across processes: back-off after a few failures, a lockout after many.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

/** The audit trail of sign-in failures, refusals, lockouts and an admin's clearing of them. */
export const signInEvent = pgTable(
  "sign_in_event",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").$type<SignInEventKind>().notNull(),
    email: text("email").notNull(),
    address: text("address").notNull(),
    /** Who cleared a lockout; empty for the others. */
    actorEmail: text("actor_email").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("sign_in_event_created_at").on(table.createdAt)],
);

/**
 * The pacer's state: per key (an AppId, or an AppId's bulk lane) the theoretical arrival time of
 * the next call, in epoch milliseconds of the database clock. One row, one atomic UPDATE per call,
 * so every process on the database shares it.
 */
export const pacer = pgTable("pacer", {
  key: text("key").primaryKey(),
  nextAtMs: doublePrecision("next_at_ms").notNull(),
});

/** A bulk send: its list, split in chunks of one call each, run by the workers of every process. */
export const bulkJob = pgTable(
  "bulk_job",
  {
    id: text("id").primaryKey(),
    ...whoAndWhere(),
    reason: text("reason").notNull().default(""),
    status: text("status").$type<BulkJobStatus>().notNull(),
    totalRows: integer("total_rows").notNull(),
    totalChunks: integer("total_chunks").notNull(),
    /** The job whose failed rows this one retries. */
    retryOf: text("retry_of"),
    approvedByEmail: text("approved_by_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    index("bulk_job_created_at").on(table.createdAt),
    // The workers' claim walks the jobs that may run, oldest first: a few among thousands kept.
    index("bulk_job_active")
      .on(table.createdAt)
      .where(sql`${table.status} in ('queued', 'running')`),
  ],
);

/**
 * One call of a job. `sending` carries the process that claimed it; an attempt is one send record,
 * whose submission id is `bulk:<job>:<chunk>:<attempt>`, so no attempt is ever sent twice.
 */
export const bulkChunk = pgTable(
  "bulk_chunk",
  {
    jobId: text("job_id")
      .notNull()
      .references(() => bulkJob.id, { onDelete: "cascade" }),
    index: integer("index").notNull(),
    fromUserId: text("from_user_id").notNull(),
    /** Row numbers still to send in this chunk; a retry after a rate limit keeps only the retryable ones. */
    rowNumbers: jsonb("row_numbers").$type<number[]>().notNull(),
    status: text("status").$type<ChunkStatus>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    notBefore: timestamp("not_before", { withTimezone: true }),
    owner: text("owner"),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.jobId, table.index] }),
    index("bulk_chunk_claimable").on(table.status, table.notBefore),
    // A job's next chunk to claim, in order, without passing the ones already sent.
    index("bulk_chunk_queued")
      .on(table.jobId, table.index)
      .where(sql`${table.status} = 'queued'`),
  ],
);

/** One input row of a job, with how it ended. */
export const bulkRow = pgTable(
  "bulk_row",
  {
    // No foreign key: checking one per row took a third of writing a 100,000-row job. A job's rows
    // are written before it, as the parts of its upload (`bulk_upload`), and removed with it
    // (retention) or with an upload never queued.
    jobId: text("job_id").notNull(),
    rowNumber: integer("row_number").notNull(),
    input: jsonb("input").$type<RowInput>().notNull(),
    outcome: text("outcome").$type<RowOutcome>().notNull().default("queued"),
    subCode: bigint("sub_code", { mode: "number" }),
    sendId: text("send_id"),
    requestId: text("request_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.jobId, table.rowNumber] }), index("bulk_row_outcome").on(table.jobId, table.outcome)],
);

/** The audit trail of a job: created, approved, paused, resumed, cancelled, finished. */
export const bulkJobEvent = pgTable(
  "bulk_job_event",
  {
    id: serial("id").primaryKey(),
    jobId: text("job_id")
      .notNull()
      .references(() => bulkJob.id, { onDelete: "cascade" }),
    kind: text("kind").$type<BulkJobEventKind>().notNull(),
    actorEmail: text("actor_email").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("bulk_job_event_job").on(table.jobId)],
);

/**
 * A list on its way up in parts: the browser sends a long list a few thousand rows at a time, so
 * no request holds all of it. Its rows go straight into `bulk_row` under the upload's id, which
 * becomes the job's id when the job is created; until then no job points at them.
 */
export const bulkUpload = pgTable(
  "bulk_upload",
  {
    id: text("id").primaryKey(),
    operatorId: text("operator_id").notNull(),
    rowCount: integer("row_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("bulk_upload_created_at").on(table.createdAt)],
);
