import { describe, expect, it } from "vitest";

import { createSendSchema, emptyFriendInfo, type SendFormValues } from "@/lib/zim/send-schema";

import { listProblems } from "./problem-list";

/** Builds react-hook-form's error tree the way its zod resolver does: by path. */
function errorsFor(values: SendFormValues) {
  const result = createSendSchema().safeParse(values);
  const errors: Record<string, unknown> = {};
  for (const issue of result.success ? [] : result.error.issues) {
    let node = errors;
    for (const key of issue.path.map(String)) node = (node[key] ??= {}) as Record<string, unknown>;
    node.message = issue.message;
    node.type = "custom";
  }
  return errors;
}

describe("the problem summary's list", () => {
  it("names each problem by row and field, with the code ZIM would answer, in form order", () => {
    const problems = listProblems(
      errorsFor({
        fromUserId: "agent_amy",
        reason: "",
        friendInfos: [
          emptyFriendInfo("user_bob"),
          { ...emptyFriendInfo("x".repeat(33)), attributes: [{ key: "k9", value: "" }] },
          emptyFriendInfo("user_bob"),
        ],
      }),
    );
    expect(problems.map(({ row, field, code, inDetail }) => ({ row, field, code, inDetail }))).toEqual([
      { row: 2, field: "UserId", code: 660000012, inDetail: false },
      { row: 2, field: "Attribute 1 key", code: 660800023, inDetail: true },
      { row: 3, field: "UserId", code: 660800022, inDetail: false },
    ]);
  });

  it("reads array-level errors stored under root", () => {
    const problems = listProblems({
      friendInfos: { root: { type: "server", message: "Add at least one target: ZIM would answer 660000002" } },
    });
    expect(problems).toEqual([
      {
        path: "friendInfos",
        field: "Targets",
        message: expect.stringContaining("Add at least one"),
        code: 660000002,
        inDetail: false,
      },
    ]);
  });
});
