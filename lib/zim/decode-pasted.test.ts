import { describe, expect, it } from "vitest";

import { decodePasted } from "./decode-pasted";

describe("decodePasted", () => {
  const request = JSON.stringify({ FromUserId: "amy", FriendInfos: [{ UserId: "a" }, { UserId: "b" }, { UserId: "c" }] });

  it("decodes a good answer with its request: every requested target listed", () => {
    const decoded = decodePasted({
      responseText: '{"Code":0,"Message":"success","RequestId":"1","ErrorList":[]}',
      requestText: request,
    });
    expect(decoded).toMatchObject({ ok: true, value: { requestKnown: true, result: { kind: "all-sent", sentCount: 3 } } });
  });

  it("decodes a partial answer, with UserID spelling, and without the request lists only the failed", () => {
    const responseText = '{"Code":0,"Message":"success","RequestId":"1","ErrorList":[{"UserID":"b","SubCode":660800027}]}';
    const withRequest = decodePasted({ responseText, requestText: request });
    expect(withRequest.ok && withRequest.value.result.targets.map((target) => [target.userId, target.outcome])).toEqual([
      ["a", "sent"],
      ["b", "failed"],
      ["c", "sent"],
    ]);
    const alone = decodePasted({ responseText, requestText: "" });
    expect(alone).toMatchObject({
      ok: true,
      value: { requestKnown: false, result: { kind: "partial", targets: [{ userId: "b", subCode: 660800027 }] } },
    });
  });

  it("points at the line and column of malformed JSON", () => {
    const decoded = decodePasted({ responseText: '{\n  "Code": 0,\n  "Message": "x"\n  "RequestId": "1"\n}', requestText: "" });
    expect(decoded).toMatchObject({ ok: false, error: { field: "response", line: 4, column: 3 } });
    const truncated = decodePasted({ responseText: '{"Code":0', requestText: "" });
    expect(truncated).toMatchObject({ ok: false, error: { field: "response", line: 1, column: 10 } });
  });

  it("refuses JSON that is not a ZIM result, and a request without FriendInfos", () => {
    expect(decodePasted({ responseText: '{"code":0}', requestText: "" })).toMatchObject({
      ok: false,
      error: { field: "response" },
    });
    expect(decodePasted({ responseText: '{"Code":0}', requestText: '{"x":1}' })).toMatchObject({
      ok: false,
      error: { field: "request" },
    });
  });
});
