import { emptyFriendInfo } from "../../lib/zim/send-schema";

/** The senders bench lists spread their rows over, as a support list mixes agents. */
export const SENDERS = ["agent_amy", "user_alice", "user_bob", "user_carol", "user_dave", "user_erin"];

/** `count` rows as the bulk page sends them (row 2 onwards, after the header), from the six senders in turn. */
export function benchRows(count: number, { userIdOf, wording }: { userIdOf: (index: number) => string; wording: string }) {
  return Array.from({ length: count }, (_, index) => ({
    ...emptyFriendInfo(userIdOf(index)),
    rowNumber: index + 2,
    fromUserId: SENDERS[index % SENDERS.length] ?? "agent_amy",
    wording,
  }));
}
