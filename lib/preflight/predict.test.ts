import { describe, expect, it } from "vitest";

import { matchesPrediction } from "./compare";
import { describeFollowUp } from "./follow-up";
import { inBatches } from "./in-batches";
import { predictSend } from "./predict";
import type { TargetFacts } from "./prediction";

const sender = (friendCount: number | null = 10, registered: boolean | null = true) => ({
  userId: "agent",
  registered,
  friendCount,
});
const target = (userId: string, relation: number | null, registered: boolean | null = true): TargetFacts => ({
  userId,
  registered,
  relation,
});
const outcomes = (prediction: ReturnType<typeof predictSend>) =>
  prediction.targets.map(({ userId, kind, code, succeeds }) => ({ userId, kind, code, succeeds }));

describe("predictSend: one target per relation", () => {
  it.each([
    [3, "pending", null, true],
    [4, "already-friend", 660800027, false],
    [5, "auto-accept", null, true],
    [6, "already-friend", 660800027, false],
  ])("relation %i predicts %s", (relation, kind, code, succeeds) => {
    const prediction = predictSend({ sender: sender(), targets: [target("t", relation)] });
    expect(outcomes(prediction)).toEqual([{ userId: "t", kind, code, succeeds }]);
    expect(prediction.call.code).toBe(succeeds ? 0 : 660800027);
  });

  it("a relation outside the two-way values cannot be predicted", () => {
    const prediction = predictSend({ sender: sender(), targets: [target("t", 1)] });
    expect(outcomes(prediction)).toEqual([{ userId: "t", kind: "unknown", code: null, succeeds: null }]);
    expect(prediction.call.code).toBeNull();
  });

  it("the one-way auto-accept is said to need no consent", () => {
    const [auto] = predictSend({ sender: sender(), targets: [target("olga", 5)] }).targets;
    expect(auto?.sentence).toMatch(/without the target's consent/);
  });
});

describe("predictSend: registration", () => {
  it("an unregistered target fails with 660700015 whatever its relation", () => {
    for (const relation of [3, 4, 5, 6, null]) {
      const [predicted] = predictSend({ sender: sender(), targets: [target("ghost", relation, false)] }).targets;
      expect(predicted).toMatchObject({ kind: "not-registered", code: 660700015, succeeds: false });
    }
  });

  it("every target unregistered makes the call answer 660800025", () => {
    const prediction = predictSend({ sender: sender(), targets: [target("a", null, false), target("b", null, false)] });
    expect(prediction.call.code).toBe(660800025);
  });

  it("an unregistered FromUserId refuses the whole call with 660500002", () => {
    const prediction = predictSend({ sender: sender(null, false), targets: [target("a", 3), target("b", 5)] });
    expect(prediction.call.code).toBe(660500002);
    expect(outcomes(prediction).map(({ code, succeeds }) => ({ code, succeeds }))).toEqual([
      { code: 660500002, succeeds: false },
      { code: 660500002, succeeds: false },
    ]);
  });

  it("a target ZIM could not tell about is unknown, and so is the call", () => {
    const prediction = predictSend({ sender: sender(), targets: [target("a", 3), target("b", null, null)] });
    expect(outcomes(prediction)[1]).toMatchObject({ kind: "unknown", succeeds: null });
    expect(prediction.call.code).toBeNull();
  });
});

describe("predictSend: the friend cap", () => {
  it("at the cap, every target that is not already a friend fails with 660800028", () => {
    const prediction = predictSend({
      sender: sender(3000),
      targets: [target("none", 3), target("oneway", 5), target("mutual", 6), target("ghost", 3, false)],
    });
    expect(outcomes(prediction).map(({ code }) => code)).toEqual([660800028, 660800028, 660800027, 660700015]);
    expect(prediction.call.code).toBe(660000001);
    expect(prediction.capWarning).toMatch(/cap of 3,000/);
  });

  it("a one-way auto-accept takes the last place before the cap; a pending application does not", () => {
    const prediction = predictSend({
      sender: sender(2999),
      targets: [target("pending", 3), target("first", 5), target("second", 5), target("later", 3)],
    });
    expect(outcomes(prediction).map(({ kind }) => kind)).toEqual(["pending", "auto-accept", "at-cap", "at-cap"]);
    expect(prediction.call.code).toBe(0);
  });

  it("warns from 2,990 friends on, not below", () => {
    expect(predictSend({ sender: sender(2989), targets: [target("a", 3)] }).capWarning).toBeNull();
    expect(predictSend({ sender: sender(2990), targets: [target("a", 3)] }).capWarning).toMatch(/10 below the cap/);
  });

  it("an unknown friend count skips the cap check rather than guessing", () => {
    const prediction = predictSend({ sender: sender(null), targets: [target("a", 3)] });
    expect(outcomes(prediction)).toEqual([{ userId: "a", kind: "pending", code: null, succeeds: true }]);
  });

  it("honours a cap other than 3000", () => {
    const prediction = predictSend({ sender: sender(5), targets: [target("a", 3)], cap: 5 });
    expect(outcomes(prediction)[0]?.code).toBe(660800028);
  });
});

describe("predicted against actual", () => {
  const [pending] = predictSend({ sender: sender(), targets: [target("a", 3)] }).targets;
  const [friend] = predictSend({ sender: sender(), targets: [target("b", 6)] }).targets;

  it("a success prediction matches a sent target only", () => {
    expect(matchesPrediction(pending, { sent: true })).toBe(true);
    expect(matchesPrediction(pending, { sent: false, code: 660800027 })).toBe(false);
  });

  it("a failure prediction matches only the same code", () => {
    expect(matchesPrediction(friend, { sent: false, code: 660800027 })).toBe(true);
    expect(matchesPrediction(friend, { sent: false, code: 660800028 })).toBe(false);
    expect(matchesPrediction(friend, { sent: true })).toBe(false);
  });

  it("no prediction, nothing to hold the outcome to", () => {
    expect(matchesPrediction(undefined, { sent: true })).toBeNull();
  });
});

describe("follow-up", () => {
  it.each([
    [6, "now-friends", /friendListChanged/],
    [3, "pending", /friendApplicationListChanged/],
    [4, "target-removed", /no longer lists/],
    [5, "not-friends-yet", /does not list the target/],
    [null, "unknown", /did not tell/],
  ])("relation %s after a send reads %s", (relation, state, sentence) => {
    const followUp = describeFollowUp(relation);
    expect(followUp.state).toBe(state);
    expect(followUp.sentence).toMatch(sentence);
  });
});

describe("inBatches", () => {
  it("splits 50 IDs into calls of 20, 20 and 10, keeping order", () => {
    const ids = Array.from({ length: 50 }, (_, index) => `u${index}`);
    const batches = inBatches(ids, 20);
    expect(batches.map((batch) => batch.length)).toEqual([20, 20, 10]);
    expect(batches.flat()).toEqual(ids);
  });

  it("101 IDs take two QueryUserInfos calls of at most 100", () => {
    expect(inBatches(Array.from({ length: 101 }, String), 100).map((batch) => batch.length)).toEqual([100, 1]);
  });

  it("refuses a batch size that is not a positive integer", () => {
    expect(() => inBatches(["a"], 0)).toThrow(RangeError);
  });
});
