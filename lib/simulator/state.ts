import { DEFAULT_BATCH_LIMIT, FRIEND_CAP, RATE_LIMIT_PER_SECOND } from "@/lib/zim/limits";

export type Attribute = { Key: string; Value: string };

export type SimUser = { userId: string; userName: string; avatar: string; extra: string };

export type FriendEntry = {
  userId: string;
  friendAlias: string;
  wording: string;
  attributes: Attribute[];
  /** When the friendship formed, in ms. */
  createTime: number;
};

export type ApplicationState = "waiting" | "accepted" | "rejected";

export type Application = {
  from: string;
  to: string;
  wording: string;
  friendAlias: string;
  attributes: Attribute[];
  createTime: number;
  updateTime: number;
  expiresAt: number;
  state: ApplicationState;
};

export type SimConfig = {
  appId: number;
  serverSecret: string;
  batchLimit: number;
  rateLimitPerSecond: number;
  friendCap: number;
};

export type FaultKind = "http-500" | "non-json" | "drop";

export type Faults = {
  latencyMs: number;
  failure: FaultKind | null;
  /** How many more protocol calls the faults apply to; null means until cleared. */
  remaining: number | null;
  /** Per-target SubCodes forced on SendFriendApplication, e.g. a busy shard for one user. */
  targetSubCodes: Record<string, number>;
  /** A raw body to answer with (HTTP 200, JSON content type) instead of running the call: odd answers for QA and tests. */
  answerBody: string | null;
  /** The Actions the faults apply to, e.g. only the read calls of a check; null means every Action. */
  actions: string[] | null;
};

export type SimState = {
  config: SimConfig;
  faults: Faults;
  users: Map<string, SimUser>;
  /** Owner -> the users in the owner's friend list. Relations can be one-way. */
  friends: Map<string, Map<string, FriendEntry>>;
  applications: Map<string, Application>;
  /** Admission times per AppId, for the sliding one-second rate limit. */
  admissions: Map<number, number[]>;
  /** Nonces of signed calls in the last 10 minutes, with when each was first seen. */
  nonces: Map<string, number>;
  /** Calls that reached an operation, per Action. */
  callCounts: Map<string, number>;
  /** When each of the latest calls that reached an operation arrived, and whether the rate limit refused it: how QA and the benchmark judge a client's pace. */
  arrivals: Arrival[];
  requestSeq: number;
};

/** One call that reached an operation; a SendFriendApplication also names whom it asked for, to count deliveries per target. */
export type Arrival = { at: number; action: string; rateLimited: boolean; fromUserId?: string; userIds?: string[] };

/** Arrivals kept: enough for a 100,000-target job's calls. */
export const ARRIVALS_KEPT = 20_000;

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  failure: null,
  remaining: null,
  targetSubCodes: {},
  answerBody: null,
  actions: null,
};

export function defaultSimConfig({
  appId,
  serverSecret,
  batchLimit = DEFAULT_BATCH_LIMIT,
}: {
  appId: number;
  serverSecret: string;
  batchLimit?: number;
}): SimConfig {
  return { appId, serverSecret, batchLimit, rateLimitPerSecond: RATE_LIMIT_PER_SECOND, friendCap: FRIEND_CAP };
}

export function createEmptyState(config: SimConfig): SimState {
  return {
    config,
    faults: { ...NO_FAULTS },
    users: new Map(),
    friends: new Map(),
    applications: new Map(),
    admissions: new Map(),
    nonces: new Map(),
    callCounts: new Map(),
    arrivals: [],
    requestSeq: 0,
  };
}

export function applicationKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

export function friendListOf(state: SimState, owner: string): Map<string, FriendEntry> {
  let list = state.friends.get(owner);
  if (!list) {
    list = new Map();
    state.friends.set(owner, list);
  }
  return list;
}

export function hasFriend(state: SimState, owner: string, friend: string): boolean {
  return state.friends.get(owner)?.has(friend) ?? false;
}

export function friendCount(state: SimState, owner: string): number {
  return state.friends.get(owner)?.size ?? 0;
}

export function addFriendEntry(state: SimState, owner: string, entry: FriendEntry): void {
  friendListOf(state, owner).set(entry.userId, entry);
}

export function removeFriendEntry(state: SimState, owner: string, friend: string): void {
  state.friends.get(owner)?.delete(friend);
}

export function registerUser(state: SimState, userId: string, userName = userId): void {
  state.users.set(userId, { userId, userName, avatar: "", extra: "" });
}

export function pendingApplication(state: SimState, from: string, to: string, now: number): Application | undefined {
  const application = state.applications.get(applicationKey(from, to));
  return application?.state === "waiting" && application.expiresAt > now ? application : undefined;
}
