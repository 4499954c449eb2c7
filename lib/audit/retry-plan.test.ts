import { describe, expect, it } from "vitest";

import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import { emptyFriendInfo } from "@/lib/zim/send-schema";
import { sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

import { planRetry } from "./retry-plan";

const input = {
  fromUserId: "amy",
  reason: "",
  friendInfos: ["a", "b", "c", "d"].map((id) => ({ ...emptyFriendInfo(id), wording: `hi ${id}` })),
};
const call = { method: "POST" as const, url: "", requestBody: null, status: 200, responseBody: "", latencyMs: 1 };
const environment = { id: "simulator", name: "Sim", appId: 1, production: false };

function answered(raw: unknown): SendAnswered {
  const result = decodeSendResult({
    requestedUserIds: ["a", "b", "c", "d"],
    response: sendFriendApplicationResponseSchema.parse(raw),
  });
  return { status: "answered", sendId: "s", result, call, environment, sentAt: "" };
}

describe("planRetry", () => {
  it("retries targets failed by a retryable SubCode, keeps their fields, and excludes final failures with their reason", () => {
    const plan = planRetry({
      input,
      outcome: answered({
        Code: 0,
        Message: "",
        RequestId: "1",
        ErrorList: [
          { UserId: "b", SubCode: 660000001 },
          { UserId: "c", SubCode: 660800027 },
          { UserId: "d", SubCode: 660700015 },
        ],
      }),
    });
    expect(plan.retry).toEqual([{ ...emptyFriendInfo("b"), wording: "hi b" }]);
    expect(plan.excluded.map(({ userId, reason }) => [userId, reason.slice(0, 9)])).toEqual([
      ["c", "660800027"],
      ["d", "660700015"],
    ]);
  });

  it("retries every target of a call rejected by the rate limit, and none of a call rejected for bad input", () => {
    expect(
      planRetry({ input, outcome: answered({ Code: 660300005, Message: "", RequestId: "1", ErrorList: [] }) }).retry,
    ).toHaveLength(4);
    const invalid = planRetry({ input, outcome: answered({ Code: 660000002, Message: "", RequestId: "1", ErrorList: [] }) });
    expect([invalid.retry.length, invalid.excluded.length]).toEqual([0, 4]);
  });

  it("retries every target after a transport error, and none of a send whose outcome is unknown", () => {
    const failed: SendTransportFailed = {
      status: "transport-failed",
      sendId: "s",
      failure: "timeout",
      message: "",
      call,
      environment,
      sentAt: "",
    };
    expect(planRetry({ input, outcome: failed }).retry).toHaveLength(4);
    expect(planRetry({ input, outcome: null }).excluded).toHaveLength(4);
  });
});
