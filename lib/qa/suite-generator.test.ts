import { describe, expect, it } from "vitest";

import { createHarness } from "@/lib/testing/simulator-harness";

import { compareCase } from "./compare";
import { generateBoundarySuite, type SuiteInputs } from "./suite-generator";

const INPUTS: SuiteInputs = {
  fromUserId: "agent_amy",
  registered: "user_alice",
  unregistered: "ghost_gary",
  friend: "friend_fred",
  oneWayFriend: "oneway_olga",
  batchLimit: 20,
};

describe("generateBoundarySuite", () => {
  const now = Date.now();
  const suite = generateBoundarySuite(INPUTS, now);

  it("covers the boundaries of the seed and the decisions, each with its expected code", () => {
    const expected = Object.fromEntries(suite.map((entry) => [entry.name, entry.expect.code]));
    expect(expected).toMatchObject({
      "UserId of exactly 32 bytes (registered by the setup)": 0,
      "UserId of 33 bytes": 660000012,
      "Wording of 256 multibyte characters": 0,
      "Wording of 257 multibyte characters": 660800021,
      "Attribute key k5": 660800023,
      "Repeated attribute key": 660800032,
      "Attributes of 1024 bytes": 0,
      "Attributes of 1025 bytes": 660800024,
      "Target is FromUserId": 660800020,
      "Unregistered target": 660800025,
      "Already a friend": 660800027,
      "One-way friend: accepted at once": 0,
      "CreateTime one day in the future": 660800046,
      "21 targets, one over the batch limit": 660800019,
    });
  });

  it("uses 660000011 past 50 targets", () => {
    const raised = generateBoundarySuite({ ...INPUTS, batchLimit: 50 }, now);
    expect(raised.find((entry) => entry.name.startsWith("51 targets"))?.expect.code).toBe(660000011);
  });

  it("matches the simulator on every case, setup included, twice in a row", () => {
    const harness = createHarness();
    for (let round = 0; round < 2; round++) {
      for (const entry of suite) {
        for (const step of entry.setup) harness.call(step.action, step.params, { method: step.method });
        const answer = harness.call("SendFriendApplication", entry.request);
        const actual = {
          status: "answered" as const,
          code: answer.Code,
          errors: answer.ErrorList as never,
          requestId: answer.RequestId,
          setupCodes: [],
        };
        expect(compareCase(entry.expect, actual), entry.name).toEqual({ match: true, differences: [] });
        harness.advance(1000);
      }
    }
  });
});

describe("compareCase", () => {
  it("names each difference", () => {
    const verdict = compareCase(
      { code: 0, errors: [{ UserId: "a", SubCode: 660800022 }] },
      { status: "answered", code: 660000001, errors: [{ UserId: "b", SubCode: 1 }], requestId: "", setupCodes: [] },
    );
    expect(verdict.match).toBe(false);
    expect(verdict.differences).toEqual([
      "Code 660000001, expected 0",
      "missing from ErrorList: a:660800022",
      "unexpected in ErrorList: b:1",
    ]);
  });
});
