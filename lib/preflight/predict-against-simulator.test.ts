import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { addFriendEntry, registerUser } from "@/lib/simulator/state";
import { createHarness } from "@/lib/testing/simulator-harness";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import {
  checkFriendsRelationResponseSchema,
  queryFriendListResponseSchema,
  queryUserInfosResponseSchema,
} from "@/lib/zim/read-responses";
import { sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

import { actualOutcome, matchesPrediction } from "./compare";
import { collectRegistration, collectRelations, isRegistered, targetFacts } from "./facts";
import { inBatches } from "./in-batches";
import { predictSend } from "./predict";

const friend = (userId: string, createTime = 1) => ({ userId, friendAlias: "", wording: "", attributes: [], createTime });

const targetArbitrary = fc.record({ registered: fc.boolean(), senderHasTarget: fc.boolean(), targetHasSender: fc.boolean() });

const populationArbitrary = fc.record({
  senderRegistered: fc.integer({ min: 0, max: 9 }).map((draw) => draw > 0),
  cap: fc.integer({ min: 0, max: 12 }),
  extraFriends: fc.integer({ min: 0, max: 13 }),
  targets: fc.array(targetArbitrary, { minLength: 1, maxLength: 20 }),
});

type Population = typeof populationArbitrary extends fc.Arbitrary<infer P> ? P : never;

/** Sets a population up in a fresh simulator, checks it the way preflight does, then sends. */
function predictThenSend(population: Population) {
  const harness = createHarness({ seed: false });
  const { state } = harness;
  state.config.friendCap = population.cap;
  const sender = "sender";
  if (population.senderRegistered) registerUser(state, sender);
  for (let index = 0; index < population.extraFriends; index++) addFriendEntry(state, sender, friend(`fan_${index}`));
  const userIds = population.targets.map((_, index) => `target_${index}`);
  population.targets.forEach((target, index) => {
    const userId = userIds[index] as string;
    if (target.registered) registerUser(state, userId);
    if (target.senderHasTarget) addFriendEntry(state, sender, friend(userId));
    if (target.targetHasSender) addFriendEntry(state, userId, friend(sender));
  });

  const registration = collectRegistration(
    inBatches([sender, ...userIds], 100).map((batch) =>
      queryUserInfosResponseSchema.parse(harness.call("QueryUserInfos", { UserIds: batch })),
    ),
  );
  const relations = collectRelations(
    inBatches(userIds, state.config.batchLimit).map((batch) =>
      checkFriendsRelationResponseSchema.parse(
        harness.call("CheckFriendsRelation", { FromUserId: sender, UserIds: batch, CheckType: 0 }),
      ),
    ),
  );
  const list = queryFriendListResponseSchema.parse(
    harness.call("QueryFriendList", { FromUserId: sender, Limit: 1 }, { method: "GET" }),
  );
  const prediction = predictSend({
    sender: {
      userId: sender,
      registered: isRegistered(sender, registration),
      friendCount: list.Code === 0 ? list.TotalCount : null,
    },
    targets: userIds.map((userId) => targetFacts(userId, registration, relations)),
    cap: population.cap,
  });

  const response = sendFriendApplicationResponseSchema.parse(
    harness.call("SendFriendApplication", { FromUserId: sender, FriendInfos: userIds.map((UserId) => ({ UserId })) }),
  );
  const result = decodeSendResult({ requestedUserIds: userIds, response });
  return { prediction, result };
}

describe("preflight against the simulator", () => {
  it("predicts every target's outcome and the call's Code, for any population", () => {
    fc.assert(
      fc.property(populationArbitrary, (population) => {
        const { prediction, result } = predictThenSend(population);
        result.targets.forEach((target, index) => {
          expect(matchesPrediction(prediction.targets[index], actualOutcome(target, result))).toBe(true);
        });
        expect(prediction.call.code).toBe(result.code);
      }),
      { numRuns: 300 },
    );
  });
});
