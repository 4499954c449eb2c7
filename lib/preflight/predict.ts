import { combineBatchCode } from "@/lib/zim/combine-batch-code";
import { FRIEND_CAP } from "@/lib/zim/limits";

import type { CallPrediction, SenderFacts, SendPrediction, TargetFacts, TargetPrediction } from "./prediction";

/** From this many friends on, the form warns that FromUserId is near the cap. */
export const NEAR_CAP_FROM = 2990;

const NOT_REGISTERED = 660700015;
const ALREADY_FRIEND = 660800027;
const AT_CAP = 660800028;
const SENDER_NOT_REGISTERED = 660500002;
const NONE_REGISTERED = 660800025;

/** Two-way CheckFriendsRelation values (lib/zim/README.md, decision 15). */
export const RELATION = { none: 3, senderHasTarget: 4, targetHasSender: 5, mutual: 6 } as const;

const fails = (userId: string, kind: TargetPrediction["kind"], code: number, sentence: string): TargetPrediction => ({
  userId,
  kind,
  code,
  succeeds: false,
  sentence,
});

function capWarning(friendCount: number | null, cap: number): string | null {
  if (friendCount === null || friendCount < NEAR_CAP_FROM) return null;
  if (friendCount >= cap)
    return `FromUserId has ${friendCount.toLocaleString("en")} friends, the cap of ${cap.toLocaleString("en")}: every target that is not already a friend fails with ${AT_CAP}.`;
  const left = cap - friendCount;
  return `FromUserId has ${friendCount.toLocaleString("en")} friends, ${left} below the cap of ${cap.toLocaleString("en")}. Each one-way auto-accept takes one place; a pending application takes one only when accepted.`;
}

function predictTarget(target: TargetFacts, friends: { count: number | null }, cap: number): TargetPrediction {
  const { userId, registered, relation } = target;
  if (registered === false)
    return fails(
      userId,
      "not-registered",
      NOT_REGISTERED,
      `Not registered: fails with ${NOT_REGISTERED}. Register the user (UserRegister, or one client login) first.`,
    );
  if (registered === null || relation === null)
    return {
      userId,
      kind: "unknown",
      code: null,
      succeeds: null,
      sentence: `Could not be checked: ${target.problem ?? "no answer for this user"}.`,
    };
  if (relation === RELATION.mutual)
    return fails(
      userId,
      "already-friend",
      ALREADY_FRIEND,
      `Already mutual friends: fails with ${ALREADY_FRIEND}, no request is needed.`,
    );
  if (relation === RELATION.senderHasTarget)
    return fails(
      userId,
      "already-friend",
      ALREADY_FRIEND,
      `Already in FromUserId's friend list (the target no longer lists FromUserId): fails with ${ALREADY_FRIEND}.`,
    );
  if (friends.count !== null && friends.count >= cap)
    return fails(
      userId,
      "at-cap",
      AT_CAP,
      `FromUserId is at the cap of ${cap.toLocaleString("en")} friends by then: fails with ${AT_CAP}.`,
    );
  if (relation === RELATION.targetHasSender) {
    if (friends.count !== null) friends.count++;
    return {
      userId,
      kind: "auto-accept",
      code: null,
      succeeds: true,
      sentence:
        "Added as a friend at once, without the target's consent: the target still lists FromUserId (one-way auto-accept). Both clients get friendListChanged.",
    };
  }
  if (relation === RELATION.none)
    return {
      userId,
      kind: "pending",
      code: null,
      succeeds: true,
      sentence:
        "A pending application the target has 7 days to accept (refreshed if one is already pending). The target's client gets friendApplicationListChanged.",
    };
  return {
    userId,
    kind: "unknown",
    code: null,
    succeeds: null,
    sentence: `Could not be checked: ZIM answered relation ${relation}.`,
  };
}

function predictCall(targets: readonly TargetPrediction[]): CallPrediction {
  if (targets.some((target) => target.succeeds === null))
    return { code: null, sentence: "Some targets could not be checked, so the call's Code cannot be predicted." };
  const succeeded = targets.filter((target) => target.succeeds).length;
  const subCodes = targets.flatMap((target) => (target.code === null ? [] : [target.code]));
  const code = combineBatchCode({ succeeded, subCodes, allUnregisteredCode: NONE_REGISTERED });
  if (code === 0) return { code, sentence: `ZIM would answer Code 0: ${succeeded} of ${targets.length} targets succeed.` };
  if (code === NONE_REGISTERED) return { code, sentence: `ZIM would answer ${code}: no target is registered.` };
  return { code, sentence: `ZIM would answer ${code}: every target fails.` };
}

/**
 * Predicts a SendFriendApplication call from what the read operations said, target by target in
 * request order, as the simulator decides it: a one-way auto-accept adds a friend before the next
 * target's cap check.
 */
export function predictSend({
  sender,
  targets,
  cap = FRIEND_CAP,
}: {
  sender: SenderFacts;
  targets: readonly TargetFacts[];
  cap?: number;
}): SendPrediction {
  const base = { fromUserId: sender.userId, friendCount: sender.friendCount, capWarning: capWarning(sender.friendCount, cap) };
  if (sender.registered === false) {
    const sentence = `Not looked at: FromUserId is not registered, so ZIM refuses the whole call with ${SENDER_NOT_REGISTERED}.`;
    return {
      ...base,
      call: { code: SENDER_NOT_REGISTERED, sentence: `ZIM would answer ${SENDER_NOT_REGISTERED}: FromUserId is not registered.` },
      targets: targets.map(({ userId }) => fails(userId, "call-refused", SENDER_NOT_REGISTERED, sentence)),
    };
  }
  const friends = { count: sender.friendCount };
  const predicted = targets.map((target) => predictTarget(target, friends, cap));
  return { ...base, call: predictCall(predicted), targets: predicted };
}
