import { randomUUID } from "node:crypto";

import type { CallSource } from "@/lib/audit/logged-call";
import type { StoredOutcome } from "@/lib/audit/send-record";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import { emptyFriendInfo, type SendFormValues } from "@/lib/zim/send-schema";
import type { CallRecord } from "@/lib/zim/transport-error";

import { FAILURE_SUBCODES, newRequestId, pickEnvironment, pickFromUser, pickOperator, pickReason, pickTargetUser } from "./cast";
import { integerBelow, seededRandom, weighted, type Random } from "./random";
import { emptyBatch, type SeedBatch, type SeedCall, type SeedSend, type SeedTarget } from "./seed-rows";

export type HistoryShape = { targets: number; days: number; now: Date; seed: number };

const DAY_MS = 86_400_000;
/** Sends per batch handed to the writer. */
const BATCH_SENDS = 2_000;
/** The chance that the next piece of work is a bulk job rather than a form send: about half the targets come from jobs. */
const JOB_CHANCE = 0.0055;

type Who = ReturnType<typeof pickOperator> & ReturnType<typeof pickEnvironment>;

function who(random: Random): Who {
  return { ...pickOperator(random), ...pickEnvironment(random) };
}

function columnsOf(actor: Who) {
  return {
    operatorId: actor.id,
    operatorEmail: actor.email,
    environmentId: actor.environmentId,
    environmentName: actor.environmentName,
    production: actor.production,
    appId: actor.appId,
  };
}

function requestOf(action: string, body: unknown) {
  return {
    method: "POST" as const,
    url: `https://zim-api.zego.im/?Action=${action}&AppId=1234567&SignatureNonce=seed&Timestamp=0&Signature=%5Bredacted%5D`,
    requestBody: JSON.stringify(body),
  };
}

function callRecordOf({
  request,
  body,
  latencyMs,
  at,
}: {
  request: ReturnType<typeof requestOf>;
  body: unknown;
  latencyMs: number;
  at: Date;
}): CallRecord {
  return { ...request, status: 200, responseBody: JSON.stringify(body), latencyMs, startedAt: at.toISOString(), slotWaitMs: 0 };
}

/** What ZIM answered a send, drawn from the real mix: mostly sent, some per-target failures, a few whole-call refusals. */
function answerFor(random: Random, userIds: readonly string[]) {
  const refusal = weighted(random, [
    [undefined, 960],
    [660300005, 20],
    [660500002, 10],
    [660000001, 10],
  ] as const);
  if (refusal !== undefined) return { Code: refusal, Message: "refused", RequestId: newRequestId(random), ErrorList: [] };
  const errors = userIds.flatMap((userId) => (random() < 0.12 ? [{ userId, subCode: weighted(random, FAILURE_SUBCODES) }] : []));
  const everyTargetUnregistered = errors.length === userIds.length && errors.every((error) => error.subCode === 660700015);
  return {
    Code: everyTargetUnregistered ? 660800025 : 0,
    Message: "success",
    RequestId: newRequestId(random),
    ErrorList: errors,
  };
}

/** One send (a form send, or a job's chunk), its target rows, and its outcome as the app would have stored it. */
function makeSend({
  random,
  actor,
  fromUserId,
  userIds,
  reason,
  at,
  jobId,
  submissionId,
}: {
  random: Random;
  actor: Who;
  fromUserId: string;
  userIds: string[];
  reason: string;
  at: Date;
  jobId: string | null;
  submissionId?: string;
}): { send: SeedSend; targets: SeedTarget[] } {
  const id = randomUUID();
  const input: SendFormValues = { fromUserId, reason, friendInfos: userIds.map((userId) => emptyFriendInfo(userId)) };
  const body = { FromUserId: fromUserId, FriendInfos: userIds.map((UserId) => ({ UserId })) };
  const request = requestOf("SendFriendApplication", body);
  const latencyMs = 40 + integerBelow(random, 260);
  const completedAt = new Date(at.getTime() + latencyMs).toISOString();
  const base = {
    id,
    submissionId: submissionId ?? randomUUID(),
    ...columnsOf(actor),
    fromUserId,
    reason,
    input,
    request,
    jobId,
    createdAt: at.toISOString(),
  };
  const fate = jobId
    ? "answered"
    : weighted(random, [
        ["answered", 990],
        ["transport-failed", 6],
        ["unknown", 4],
      ] as const);
  const untouched = userIds.map((userId, position) => ({ sendId: id, position, userId, outcome: null, subCode: null }));
  if (fate === "unknown") {
    return {
      send: {
        ...base,
        status: "unknown",
        code: null,
        codes: [],
        requestId: null,
        latencyMs: null,
        outcome: null,
        completedAt: null,
      },
      targets: untouched,
    };
  }
  const environment = { id: actor.environmentId, name: actor.environmentName, appId: actor.appId, production: actor.production };
  if (fate === "transport-failed") {
    const call: CallRecord = { ...request, status: null, responseBody: null, latencyMs: 10_000, startedAt: base.createdAt };
    const outcome: StoredOutcome = {
      status: "transport-failed",
      sendId: id,
      failure: "timeout",
      message: "ZIM did not answer within 10 s.",
      call,
      environment,
      sentAt: base.createdAt,
    };
    return {
      send: {
        ...base,
        status: "transport-failed",
        code: null,
        codes: [],
        requestId: null,
        latencyMs: 10_000,
        outcome,
        completedAt,
      },
      targets: untouched,
    };
  }
  const answer = answerFor(random, userIds);
  const result = decodeSendResult({ requestedUserIds: userIds, response: answer });
  const outcome: StoredOutcome = {
    status: "answered",
    sendId: id,
    result,
    call: callRecordOf({ request, body: answer, latencyMs, at }),
    environment,
    sentAt: base.createdAt,
  };
  return {
    send: {
      ...base,
      status: result.kind,
      code: result.code,
      codes: [
        ...new Set([result.code, ...result.targets.flatMap((target) => (target.subCode === undefined ? [] : [target.subCode]))]),
      ],
      requestId: result.requestId,
      latencyMs,
      outcome,
      completedAt,
    },
    targets: result.targets.map((target) => ({
      sendId: id,
      position: target.index,
      userId: target.userId,
      outcome: target.outcome,
      subCode: target.subCode ?? null,
    })),
  };
}

const CALL_ACTIONS: Record<CallSource, readonly string[]> = {
  "as-is": ["SendFriendApplication", "QueryFriendList", "AddFriends"],
  suite: ["SendFriendApplication"],
  check: ["QueryUserInfos", "CheckFriendsRelation", "QueryFriendList"],
  lookup: ["QueryUserInfos", "QueryFriendList"],
};

/** A QA or read call: send-as-is, a suite case, a preflight check or a user lookup. */
function makeCall(random: Random, at: Date): SeedCall {
  const actor = who(random);
  const source = weighted<CallSource>(random, [
    ["check", 45],
    ["as-is", 20],
    ["suite", 20],
    ["lookup", 15],
  ]);
  const actions = CALL_ACTIONS[source];
  const action = actions[integerBelow(random, actions.length)] ?? "QueryUserInfos";
  const fromUserId = pickFromUser(random);
  const userIds = Array.from({ length: 1 + integerBelow(random, 3) }, () => pickTargetUser(random));
  const body = { FromUserId: fromUserId, UserIds: userIds };
  const request = requestOf(action, body);
  const code = weighted(random, [
    [0, 92],
    [660700015, 4],
    [660300005, 2],
    [660000001, 2],
  ]);
  const answer = { Code: code, Message: code === 0 ? "success" : "failed", RequestId: newRequestId(random) };
  const latencyMs = 30 + integerBelow(random, 200);
  return {
    id: randomUUID(),
    ...columnsOf(actor),
    source,
    action,
    reason: source === "check" ? "preflight" : source === "lookup" ? `lookup ${userIds[0]}` : pickReason(random),
    fromUserId,
    userIds,
    request,
    status: "answered",
    code,
    requestId: answer.RequestId,
    latencyMs,
    call: callRecordOf({ request, body: answer, latencyMs, at }),
    createdAt: at.toISOString(),
    completedAt: new Date(at.getTime() + latencyMs).toISOString(),
  };
}

/** A finished (or cancelled) bulk job: its chunk sends, target rows, chunks and per-row outcomes; answers the targets sent. */
function makeJob(random: Random, at: Date, budget: number, batch: SeedBatch): number {
  const actor = who(random);
  const jobId = randomUUID();
  const size = Math.max(1, Math.min(budget, 200 + integerBelow(random, 2_800)));
  const cancelled = random() < 0.07;
  const reason = random() < 0.5 ? "migration" : pickReason(random);
  const senders = Array.from({ length: 1 + integerBelow(random, 5) }, () => pickFromUser(random));
  let rowNumber = 0;
  let chunkIndex = 0;
  let atMs = at.getTime();
  for (const fromUserId of senders) {
    const share = Math.ceil(size / senders.length);
    for (let taken = 0; taken < share && rowNumber < size; chunkIndex += 1) {
      const count = Math.min(20, share - taken, size - rowNumber);
      const userIds = Array.from({ length: count }, () => pickTargetUser(random));
      const rowNumbers = userIds.map((_, offset) => rowNumber + offset + 1);
      const skipped = cancelled && chunkIndex > 10 && random() < 0.5;
      atMs += 1_050;
      if (skipped) {
        batch.chunks.push({ jobId, index: chunkIndex, fromUserId, rowNumbers, status: "cancelled", attempts: 0 });
        userIds.forEach((userId, offset) =>
          batch.rows.push({
            jobId,
            rowNumber: rowNumber + offset + 1,
            input: { ...emptyFriendInfo(userId), fromUserId },
            outcome: "cancelled",
            subCode: null,
            sendId: null,
            requestId: null,
            sentAt: null,
          }),
        );
      } else {
        const made = makeSend({
          random,
          actor,
          fromUserId,
          userIds,
          reason,
          at: new Date(atMs),
          jobId,
          submissionId: `bulk:${jobId}:${chunkIndex}:1`,
        });
        batch.sends.push(made.send);
        batch.targets.push(...made.targets);
        batch.chunks.push({ jobId, index: chunkIndex, fromUserId, rowNumbers, status: "done", attempts: 1 });
        made.targets.forEach((target) =>
          batch.rows.push({
            jobId,
            rowNumber: rowNumber + target.position + 1,
            input: { ...emptyFriendInfo(target.userId), fromUserId },
            outcome: target.outcome === "sent" ? "sent" : "failed",
            subCode: target.subCode,
            sendId: made.send.id,
            requestId: made.send.requestId,
            sentAt: made.send.createdAt,
          }),
        );
      }
      taken += count;
      rowNumber += count;
    }
  }
  const sent = batch.rows.filter((row) => row.jobId === jobId && row.sendId !== null).length;
  batch.jobs.push({
    id: jobId,
    ...columnsOf(actor),
    reason,
    status: cancelled ? "cancelled" : "finished",
    totalRows: rowNumber,
    totalChunks: chunkIndex,
    createdAt: at.toISOString(),
    startedAt: at.toISOString(),
    finishedAt: new Date(atMs + 500).toISOString(),
  });
  return sent;
}

/**
 * A realistic history, in batches: form sends of 1 to 20 targets, bulk jobs of 200 to 3,000 rows,
 * QA and read calls beside them, spread over `days` days before `now`, until `targets` target rows
 * exist. Deterministic for a given seed, apart from the ids.
 */
export function* generateHistory({ targets, days, now, seed }: HistoryShape): Generator<SeedBatch> {
  const random = seededRandom(seed);
  const instant = () => new Date(now.getTime() - Math.floor(random() * days * DAY_MS));
  let left = targets;
  let batch = emptyBatch();
  while (left > 0) {
    if (random() < JOB_CHANCE) {
      left -= makeJob(random, instant(), left, batch);
    } else {
      const count = Math.min(
        left,
        weighted(random, [
          [1, 40],
          [2, 15],
          [3, 10],
          [5, 10],
          [10, 10],
          [20, 15],
        ] as const),
      );
      const userIds = Array.from({ length: count }, () => pickTargetUser(random));
      const made = makeSend({
        random,
        actor: who(random),
        fromUserId: pickFromUser(random),
        userIds,
        reason: pickReason(random),
        at: instant(),
        jobId: null,
      });
      batch.sends.push(made.send);
      batch.targets.push(...made.targets);
      left -= count;
      if (random() < 0.4) batch.calls.push(makeCall(random, instant()));
    }
    if (batch.sends.length >= BATCH_SENDS) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.sends.length > 0 || batch.jobs.length > 0) yield batch;
}
