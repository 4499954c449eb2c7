import { z } from "zod";

import { fail, ok, type Result } from "@/lib/result/result";
import { MAX_BATCH_LIMIT } from "@/lib/zim/limits";

import { seedState } from "./seed";
import {
  addFriendEntry,
  applicationKey,
  createEmptyState,
  hasFriend,
  NO_FAULTS,
  pendingApplication,
  registerUser,
  type SimConfig,
  type SimState,
} from "./state";

/**
 * The simulator-only control surface (lib/zim/README.md, decision 17): nothing here is part of the ZIM
 * protocol. Each command validates its own input and answers plain JSON.
 */
export function resetState(state: SimState, { seed, config }: { seed: boolean; config: SimConfig }, now: number): void {
  Object.assign(state, createEmptyState({ ...config }));
  if (seed) seedState(state, now);
}

export const configPatchSchema = z
  .object({
    batchLimit: z.number().int().min(1).max(MAX_BATCH_LIMIT),
    rateLimitPerSecond: z.number().int().min(0).max(10_000),
    friendCap: z.number().int().min(0).max(100_000),
    serverSecret: z.string().min(1),
  })
  .partial()
  .strict();

export const faultsSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(120_000).default(0),
    failure: z.enum(["http-500", "non-json", "drop"]).nullable().default(null),
    remaining: z.number().int().min(1).nullable().default(null),
    targetSubCodes: z.record(z.string(), z.number().int().positive()).default({}),
    answerBody: z.string().max(100_000).nullable().default(null),
    actions: z.array(z.string().min(1).max(64)).min(1).nullable().default(null),
  })
  .strict();

export const decisionSchema = z
  .object({ from: z.string().min(1), to: z.string().min(1), decision: z.enum(["accept", "reject"]) })
  .strict();

const userIdText = z.string().min(1).max(200);

/** Users and one-way friend-list entries to add in one go: a generated population for benchmarks and QA. */
export const populationSchema = z
  .object({
    users: z.array(userIdText).max(200_000).default([]),
    /** [owner, friend]: `friend` enters `owner`'s list only; add both directions for a mutual friendship. */
    friendships: z
      .array(z.tuple([userIdText, userIdText]))
      .max(500_000)
      .default([]),
  })
  .strict();

export function addPopulation(state: SimState, { users, friendships }: z.infer<typeof populationSchema>, now: number): void {
  for (const userId of users) if (!state.users.has(userId)) registerUser(state, userId);
  friendships.forEach(([owner, friend], index) => {
    addFriendEntry(state, owner, { userId: friend, friendAlias: "", wording: "", attributes: [], createTime: now - index });
  });
}

export function clearFaults(state: SimState): void {
  state.faults = { ...NO_FAULTS };
}

/** Accepting makes both users friends, the requester's entry keeping the alias and attributes it asked for. */
export function decideApplication(
  state: SimState,
  { from, to, decision }: z.infer<typeof decisionSchema>,
  now: number,
): Result<void> {
  const application = pendingApplication(state, from, to, now);
  if (!application) return fail(`No pending application from ${from} to ${to}`);
  application.state = decision === "accept" ? "accepted" : "rejected";
  application.updateTime = now;
  if (decision === "accept") {
    const { friendAlias, wording, attributes } = application;
    addFriendEntry(state, from, { userId: to, friendAlias, wording, attributes, createTime: now });
    if (!hasFriend(state, to, from))
      addFriendEntry(state, to, { userId: from, friendAlias: "", wording: "", attributes: [], createTime: now });
  }
  state.applications.set(applicationKey(from, to), application);
  return ok(undefined);
}

export function describeState(state: SimState, now: number) {
  const { appId, batchLimit, rateLimitPerSecond, friendCap } = state.config;
  return {
    config: { appId, batchLimit, rateLimitPerSecond, friendCap },
    faults: state.faults,
    users: state.users.size,
    calls: Object.fromEntries(state.callCounts),
    applications: [...state.applications.values()].map((application) => ({
      ...application,
      pending: pendingApplication(state, application.from, application.to, now) !== undefined,
    })),
  };
}
