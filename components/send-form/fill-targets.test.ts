import { describe, expect, it } from "vitest";

import { emptyFriendInfo } from "@/lib/zim/send-schema";

import { fillTargets } from "./fill-targets";

const ids = (count: number, from = 1) => Array.from({ length: count }, (_, index) => ({ userId: `user_${from + index}` }));

describe("placing pasted rows in the form", () => {
  it("fills blank rows first, then adds rows up to the batch limit, and keeps the rest waiting", () => {
    const current = [{ ...emptyFriendInfo("kept") }, emptyFriendInfo()];
    const result = fillTargets(current, ids(25), { batchLimit: 20 });
    expect(result.targets).toHaveLength(20);
    expect(result.targets[0]?.userId).toBe("kept");
    expect(result.targets[1]?.userId).toBe("user_1");
    expect(result.targets[19]?.userId).toBe("user_19");
    expect(result.firstRow).toBe(1);
    expect(result.filled).toBe(19);
    expect(result.waiting.map((row) => row.userId)).toEqual(["user_20", "user_21", "user_22", "user_23", "user_24", "user_25"]);
  });

  it("overwrites downward from the row pasted into, touching only the pasted columns", () => {
    const current = [
      { ...emptyFriendInfo("a"), wording: "keep me" },
      { ...emptyFriendInfo("b"), attributes: [{ key: "k1", value: "old" }] },
    ];
    const result = fillTargets(current, [{ wording: "new" }, { wording: "also", k1: "vip", k3: "x" }], {
      batchLimit: 20,
      startRow: 0,
    });
    expect(result.targets[0]).toMatchObject({ userId: "a", wording: "new" });
    expect(result.targets[1]).toMatchObject({
      userId: "b",
      wording: "also",
      attributes: [
        { key: "k1", value: "vip" },
        { key: "k3", value: "x" },
      ],
    });
    expect(current[1]?.attributes[0]?.value).toBe("old");
  });
});
