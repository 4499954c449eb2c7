import { actualOutcome, matchesPrediction } from "../../lib/preflight/compare";
import type { SendPrediction } from "../../lib/preflight/prediction";
import type { DecodedSendResult } from "../../lib/zim/decode-send-result";
import { emptyFriendInfo } from "../../lib/zim/send-schema";
import { actionAnswer, callAction } from "./actions";
import { BENCH_BASE, controlSimulator } from "./server";

const SENDERS = 50;
const TARGETS_PER_SENDER = 20;
const LATENCY_RUNS = 30;
/** Between timed checks, so each starts with the pace idle, as an operator's would. */
const GAP_MS = 300;

export type PreflightFigures = {
  targets: number;
  matched: number;
  callCodesMatched: number;
  mismatches: string[];
  /** How many targets each prediction covered: the population must exercise every kind. */
  kinds: Record<string, number>;
  preflightMs: { 20: number[]; 50: number[] };
  sendMs: { 20: number[]; 50: number[] };
};

/** A small seeded generator, so every run checks the same population. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const fan = (index: number) => `fan_${String(index).padStart(4, "0")}`;

type Sender = { userId: string; targets: string[] };

/**
 * 50 senders with 20 targets each: about 1 in 12 senders unregistered, 1 in 7 near or at the cap of
 * 3,000 (the seeded fans fill their lists), 15% of targets unregistered, and every two-way relation.
 */
function population(): { senders: Sender[]; users: string[]; friendships: [string, string][] } {
  const draw = random(20261127);
  const users: string[] = [];
  const friendships: [string, string][] = [];
  const senders: Sender[] = [];
  for (let s = 0; s < SENDERS; s++) {
    const userId = `pf_sender_${s}`;
    if (draw() > 0.08) users.push(userId);
    const friends = s % 7 === 0 ? 2985 + Math.floor(draw() * 16) : Math.floor(draw() * 5);
    for (let index = 1; index <= friends; index++) friendships.push([userId, fan(index)]);
    const targets = Array.from({ length: TARGETS_PER_SENDER }, (_, t) => `pf_${s}_${t}`);
    for (const target of targets) {
      if (draw() > 0.15) users.push(target);
      const relation = draw();
      if (relation >= 0.45 && relation < 0.6) friendships.push([userId, target]);
      else if (relation >= 0.6 && relation < 0.85) friendships.push([target, userId]);
      else if (relation >= 0.85) friendships.push([userId, target], [target, userId]);
    }
    senders.push({ userId, targets });
  }
  return { senders, users, friendships };
}

async function preflight(fromUserId: string, userIds: string[], cookie: string) {
  const started = performance.now();
  const response = await fetch(`${BENCH_BASE}/api/preflight`, {
    method: "POST",
    headers: { cookie, origin: BENCH_BASE, "content-type": "application/json" },
    body: JSON.stringify({ environmentId: "simulator", fromUserId, userIds }),
  });
  const answer = (await response.json()) as { status: string; prediction?: SendPrediction; message?: string };
  const elapsed = performance.now() - started;
  if (answer.status !== "checked" || !answer.prediction) throw new Error(`preflight failed: ${JSON.stringify(answer)}`);
  return { prediction: answer.prediction, elapsed };
}

async function send(fromUserId: string, userIds: string[], cookie: string) {
  const started = performance.now();
  const body = await callAction(
    BENCH_BASE,
    "sendFriendApplicationAction",
    {
      form: { fromUserId, reason: "bench preflight", friendInfos: userIds.map((userId) => emptyFriendInfo(userId)) },
      environmentId: "simulator",
      submissionId: crypto.randomUUID(),
      confirmation: "",
    },
    cookie,
  );
  const elapsed = performance.now() - started;
  const answer = actionAnswer<{ status: string; result?: DecodedSendResult }>(body);
  if (answer.status !== "answered" || !answer.result) throw new Error(`send failed: ${body.slice(0, 300)}`);
  return { result: answer.result, elapsed };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, GAP_MS));

/**
 * Preflights a generated population through the app, then sends it, and counts the targets whose
 * prediction held; then times a preflight and a send of 20 and of 50 targets.
 */
export async function measurePreflight(cookie: string): Promise<PreflightFigures> {
  await controlSimulator("reset", { seed: true }, cookie);
  const { senders, users, friendships } = population();
  await controlSimulator("population", { users, friendships }, cookie);

  const figures: PreflightFigures = {
    targets: 0,
    matched: 0,
    callCodesMatched: 0,
    mismatches: [],
    kinds: {},
    preflightMs: { 20: [], 50: [] },
    sendMs: { 20: [], 50: [] },
  };
  for (const sender of senders) {
    const { prediction } = await preflight(sender.userId, sender.targets, cookie);
    const { result } = await send(sender.userId, sender.targets, cookie);
    if (prediction.call.code === result.code) figures.callCodesMatched += 1;
    for (const target of result.targets) {
      const predicted = prediction.targets.find((entry) => entry.userId === target.userId);
      const actual = actualOutcome(target, result);
      const kind = predicted?.kind ?? "none";
      figures.kinds[kind] = (figures.kinds[kind] ?? 0) + 1;
      figures.targets += 1;
      if (matchesPrediction(predicted, actual)) figures.matched += 1;
      else
        figures.mismatches.push(
          `${sender.userId} -> ${target.userId}: predicted ${predicted?.kind ?? "nothing"} ${predicted?.code ?? ""}, got ${actual.sent ? "sent" : `failed ${actual.code}`}`,
        );
    }
  }

  await controlSimulator("reset", { seed: true }, cookie);
  for (const size of [20, 50] as const) {
    const targets = Array.from({ length: size }, (_, index) => fan(index + 1));
    for (let run = 0; run < LATENCY_RUNS + 2; run++) {
      await pause();
      const { elapsed } = await preflight("agent_amy", targets, cookie);
      await pause();
      const sent = await send("agent_amy", targets, cookie);
      if (run >= 2) {
        figures.preflightMs[size].push(elapsed);
        figures.sendMs[size].push(sent.elapsed);
      }
    }
  }
  return figures;
}
