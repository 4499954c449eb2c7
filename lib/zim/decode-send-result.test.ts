import { describe, expect, it } from "vitest";

import { decodeSendResult } from "./decode-send-result";
import { sendFriendApplicationResponseSchema } from "./wire";

function decode(requestedUserIds: string[], raw: unknown) {
  return decodeSendResult({ requestedUserIds, response: sendFriendApplicationResponseSchema.parse(raw) });
}

const outcomes = (result: ReturnType<typeof decode>) =>
  result.targets.map(({ userId, outcome, subCode }) => [userId, outcome, subCode]);

describe("decodeSendResult: the four Code/ErrorList cases", () => {
  it("Code 0, empty ErrorList: every target was sent", () => {
    const result = decode(["a", "b"], { Code: 0, Message: "success", RequestId: "1", ErrorList: [] });
    expect(result.kind).toBe("all-sent");
    expect(outcomes(result)).toEqual([
      ["a", "sent", undefined],
      ["b", "sent", undefined],
    ]);
    expect([result.sentCount, result.failedCount]).toEqual([2, 0]);
  });

  it("Code 0, non-empty ErrorList: partial success", () => {
    const result = decode(["a", "b", "c"], {
      Code: 0,
      Message: "success",
      RequestId: "1",
      ErrorList: [{ UserId: "b", SubCode: 660800027 }],
    });
    expect(result.kind).toBe("partial");
    expect(outcomes(result)).toEqual([
      ["a", "sent", undefined],
      ["b", "failed", 660800027],
      ["c", "sent", undefined],
    ]);
  });

  it("Code != 0, empty ErrorList: the whole call was rejected, every target not sent", () => {
    const result = decode(["a", "b"], { Code: 660300005, Message: "rate", RequestId: "1", ErrorList: [] });
    expect(result.kind).toBe("rejected");
    expect(outcomes(result)).toEqual([
      ["a", "failed", undefined],
      ["b", "failed", undefined],
    ]);
    expect(result.failedCount).toBe(2);
  });

  it("Code != 0, non-empty ErrorList: all failed, those missing from the list without a code", () => {
    const result = decode(["a", "b"], {
      Code: 660000001,
      Message: "x",
      RequestId: "1",
      ErrorList: [{ UserId: "a", SubCode: 660700015 }],
    });
    expect(result.kind).toBe("all-failed");
    expect(outcomes(result)).toEqual([
      ["a", "failed", 660700015],
      ["b", "failed", undefined],
    ]);
  });
});

describe("decodeSendResult: spelling and shape", () => {
  it("accepts the older UserID spelling", () => {
    const result = decode(["a", "b"], { Code: 0, Message: "", RequestId: "1", ErrorList: [{ UserID: "b", SubCode: 660800020 }] });
    expect(outcomes(result)).toEqual([
      ["a", "sent", undefined],
      ["b", "failed", 660800020],
    ]);
  });

  it("treats a null or absent ErrorList as empty", () => {
    expect(decode(["a"], { Code: 0, Message: "", RequestId: "1", ErrorList: null }).kind).toBe("all-sent");
    expect(decode(["a"], { Code: 0, Message: "", RequestId: "1" }).kind).toBe("all-sent");
  });

  it("puts 660800022 on the repeat, not the first occurrence", () => {
    const result = decode(["a", "b", "a"], {
      Code: 0,
      Message: "",
      RequestId: "1",
      ErrorList: [{ UserId: "a", SubCode: 660800022 }],
    });
    expect(outcomes(result)).toEqual([
      ["a", "sent", undefined],
      ["b", "sent", undefined],
      ["a", "failed", 660800022],
    ]);
  });

  it("keeps ErrorList entries that name no requested target", () => {
    const result = decode(["a"], { Code: 0, Message: "", RequestId: 42, ErrorList: [{ UserId: "zz", SubCode: 660000001 }] });
    expect(result.unmatched).toEqual([{ userId: "zz", subCode: 660000001 }]);
    expect(result.requestId).toBe("42");
  });
});
