import { describe, expect, it } from "vitest";

import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import { sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

import { MAX_ATTEMPTS, retryDelayMs, sortTargets } from "./retry-policy";

const call = {
  method: "POST" as const,
  url: "",
  requestHeaders: {},
  requestBody: null,
  status: 200,
  responseBody: "",
  latencyMs: 5,
};
const base = {
  sendId: "s",
  call,
  environment: { id: "sim", name: "Sim", appId: 1, production: false },
  sentAt: "2026-11-27T00:00:00Z",
};

function answered(userIds: string[], Code: number, errors: [string, number][]): SendAnswered {
  const response = sendFriendApplicationResponseSchema.parse({
    Code,
    Message: "",
    RequestId: "r-1",
    ErrorList: errors.map(([UserId, SubCode]) => ({ UserId, SubCode })),
  });
  const result = decodeSendResult({ requestedUserIds: userIds, response });
  return { status: "answered", result, ...base };
}

describe("sorting a chunk's rows after its call", () => {
  const users = ["user_bob", "ghost_gary", "user_carol"];

  it("keeps sent rows, fails final codes and retries transient ones while attempts remain", () => {
    const outcome = answered(users, 0, [
      ["ghost_gary", 660700015],
      ["user_carol", 660000001],
    ]);
    expect(sortTargets({ rowNumbers: [2, 3, 4], outcome, attempts: 1 })).toEqual({
      sent: [2],
      failed: [{ rowNumber: 3, subCode: 660700015 }],
      retry: [{ rowNumber: 4, subCode: 660000001 }],
    });
  });

  it("retries every row of a call refused by the rate limit, and fails them with its code after the last attempt", () => {
    const outcome = answered(users, 660300005, []);
    expect(sortTargets({ rowNumbers: [2, 3, 4], outcome, attempts: 1 }).retry.map((entry) => entry.rowNumber)).toEqual([2, 3, 4]);
    expect(sortTargets({ rowNumbers: [2, 3, 4], outcome, attempts: MAX_ATTEMPTS })).toEqual({
      sent: [],
      failed: [2, 3, 4].map((rowNumber) => ({ rowNumber, subCode: 660300005 })),
      retry: [],
    });
  });

  it("never retries a call whose answer was lost: its rows are unknown", () => {
    const lost: SendTransportFailed = { status: "transport-failed", failure: "timeout", message: "", ...base };
    expect(sortTargets({ rowNumbers: [2, 3], outcome: lost, attempts: 1 })).toEqual({
      sent: [],
      failed: [],
      unknown: [2, 3],
      retry: [],
    });
    expect(sortTargets({ rowNumbers: [2, 3], outcome: undefined, attempts: 1 }).unknown).toEqual([2, 3]);
  });

  it("backs off longer with each attempt, with jitter, up to a ceiling", () => {
    expect(retryDelayMs(1, () => 0)).toBe(250);
    expect(retryDelayMs(1, () => 1)).toBe(500);
    expect(retryDelayMs(3, () => 1)).toBe(2000);
    expect(retryDelayMs(20, () => 1)).toBe(15_000);
  });
});
