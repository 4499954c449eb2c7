import { APPLICATION_TTL_MS, FRIEND_CAP } from "@/lib/zim/limits";

import { addFriendEntry, applicationKey, registerUser, type FriendEntry, type SimState } from "./state";

/** The demo users a fresh simulator starts with; README lists them. */
export const SEED_USERS = {
  sender: "agent_amy",
  strangers: ["user_alice", "user_bob", "user_carol", "user_dave", "user_erin"],
  existingFriend: "friend_fred",
  oneWayFriend: "oneway_olga",
  unregistered: "ghost_gary",
  pending: "pending_paula",
  nearCap: "busy_bella",
  atCap: "full_frank",
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

function friendship(owner: string, friend: string, createTime: number): [string, FriendEntry] {
  return [owner, { userId: friend, friendAlias: "", wording: "", attributes: [], createTime }];
}

function fanId(index: number): string {
  return `fan_${String(index).padStart(4, "0")}`;
}

function seedCrowd(state: SimState, owner: string, count: number, now: number): void {
  for (let index = 1; index <= count; index++) {
    const fan = fanId(index);
    if (!state.users.has(fan)) registerUser(state, fan);
    addFriendEntry(state, ...friendship(owner, fan, now - DAY_MS - index));
  }
}

export function seedState(state: SimState, now: number): void {
  const { sender, strangers, existingFriend, oneWayFriend, pending, nearCap, atCap } = SEED_USERS;
  for (const userId of [sender, ...strangers, existingFriend, oneWayFriend, pending, nearCap, atCap]) {
    registerUser(state, userId);
  }
  // A mutual friendship: sending to friend_fred answers 660800027.
  addFriendEntry(state, ...friendship(sender, existingFriend, now - 3 * DAY_MS));
  addFriendEntry(state, ...friendship(existingFriend, sender, now - 3 * DAY_MS));
  // agent_amy deleted oneway_olga one-way: olga still lists amy, so a request is accepted at once.
  addFriendEntry(state, ...friendship(oneWayFriend, sender, now - 2 * DAY_MS));
  // agent_amy asked pending_paula yesterday: a new request refreshes it; accepting it makes them friends.
  const asked = now - DAY_MS;
  state.applications.set(applicationKey(sender, pending), {
    from: sender,
    to: pending,
    wording: "Hi Paula",
    friendAlias: "",
    attributes: [],
    createTime: asked,
    updateTime: asked,
    expiresAt: asked + APPLICATION_TTL_MS,
    state: "waiting",
  });
  seedCrowd(state, nearCap, FRIEND_CAP - 1, now);
  seedCrowd(state, atCap, FRIEND_CAP, now);
}
