import { describe, expect, it } from "vitest";

import { decodeSendResult } from "@/lib/zim/decode-send-result";
import { sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

import { explainTarget, groupFailures } from "./explain-outcome";

const decode = (ids: string[], raw: unknown) =>
  decodeSendResult({ requestedUserIds: ids, response: sendFriendApplicationResponseSchema.parse(raw) });

describe("explaining a result", () => {
  it("explains a SubCode with the catalog and says whether retrying helps", () => {
    const result = decode(["a", "b"], { Code: 0, Message: "", RequestId: "1", ErrorList: [{ UserId: "b", SubCode: 660800027 }] });
    const [sent, failed] = result.targets.map((target) => explainTarget({ target: target, result: result }));
    expect(sent?.label).toBe("Sent");
    expect(failed).toMatchObject({ label: "Failed", code: 660800027, retryable: false });
    expect(failed?.meaning).toMatch(/already in FromUserId's friend list/);
  });

  it("reads 660700015 as the target's own registration when it is a SubCode", () => {
    const result = decode(["a", "b"], { Code: 0, Message: "", RequestId: "1", ErrorList: [{ UserId: "b", SubCode: 660700015 }] });
    expect(explainTarget({ target: result.targets[1]!, result: result }).meaning).toMatch(/^This target user is not registered/);
  });

  it("points a target of a rejected call at the call's Code, retryable for a rate limit", () => {
    const result = decode(["a"], { Code: 660300005, Message: "", RequestId: "1", ErrorList: [] });
    const [row] = result.targets.map((target) => explainTarget({ target: target, result: result }));
    expect(row).toMatchObject({ label: "Failed", retryable: true });
    expect(row?.meaning).toContain("rejected the whole call with Code 660300005");
  });

  it("groups failures by code, largest first", () => {
    const result = decode(["a", "b", "c"], {
      Code: 660000001,
      Message: "",
      RequestId: "1",
      ErrorList: [
        { UserId: "a", SubCode: 660700015 },
        { UserId: "b", SubCode: 660800027 },
        { UserId: "c", SubCode: 660700015 },
      ],
    });
    expect(groupFailures(result).map(({ entry, userIds }) => [entry.code, userIds])).toEqual([
      [660700015, ["a", "c"]],
      [660800027, ["b"]],
    ]);
  });
});
