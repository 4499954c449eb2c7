import { RELATION } from "./predict";

export type FollowUpState = "now-friends" | "pending" | "target-removed" | "not-friends-yet" | "unknown";

export type FollowUp = { state: FollowUpState; label: string; sentence: string };

/**
 * What a target that was sent a request sees now, from a two-way CheckFriendsRelation after the
 * send (the client callbacks as in lib/zim/README.md; web names, with `on…` on the native SDKs).
 */
export function describeFollowUp(relation: number | null): FollowUp {
  switch (relation) {
    case RELATION.mutual:
      return {
        state: "now-friends",
        label: "Now friends",
        sentence: "Each lists the other: accepted, or auto-accepted at once. Both clients got friendListChanged (action ADDED).",
      };
    case RELATION.none:
      return {
        state: "pending",
        label: "Pending application",
        sentence:
          "The target sees a friend request (friendApplicationListChanged, action ADDED) and has 7 days to accept; accepting fires friendApplicationUpdated for both.",
      };
    case RELATION.senderHasTarget:
      return {
        state: "target-removed",
        label: "One-way: FromUserId only",
        sentence: "FromUserId lists the target, but the target no longer lists FromUserId: the target removed them since.",
      };
    case RELATION.targetHasSender:
      return {
        state: "not-friends-yet",
        label: "One-way: target only",
        sentence: "The target lists FromUserId but FromUserId does not list the target: FromUserId removed them since.",
      };
    default:
      return { state: "unknown", label: "Unknown", sentence: "ZIM did not tell the relation for this user." };
  }
}

/** The two-way relation in words, for the user lookup's "relation with…". */
export function describeRelation(relation: number, a: string, b: string): string {
  switch (relation) {
    case RELATION.none:
      return `Neither lists the other: ${a} and ${b} are not friends.`;
    case RELATION.senderHasTarget:
      return `One-way: ${a} lists ${b}, but ${b} does not list ${a}. A request from ${a} to ${b} fails with 660800027.`;
    case RELATION.targetHasSender:
      return `One-way: ${b} lists ${a}, but ${a} does not list ${b}. A request from ${a} to ${b} is accepted at once, without ${b}'s consent.`;
    case RELATION.mutual:
      return `Mutual friends: each lists the other.`;
    default:
      return `ZIM answered relation ${relation}, which has no two-way meaning.`;
  }
}
