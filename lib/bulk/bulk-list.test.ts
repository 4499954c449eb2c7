import { describe, expect, it } from "vitest";

import { readBulkTable } from "./bulk-table";
import { planChunks } from "./plan-chunks";
import { validateRows } from "./validate-rows";

const NOW = () => Date.UTC(2026, 10, 27);

describe("reading a bulk list", () => {
  it("maps columns by header name in any case and order, reports unknown ones, and keeps attributes by key", () => {
    const table = readBulkTable("userid,WORDING,k1,Notes,fromUserId\nuser_bob,Hi,gold,call back,agent_amy\n");
    expect(table.unknownColumns).toEqual(["Notes"]);
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        fromUserId: "agent_amy",
        userId: "user_bob",
        wording: "Hi",
        friendAlias: "",
        createTime: "",
        updateTime: "",
        attributes: [{ key: "k1", value: "gold" }],
      },
    ]);
  });

  it("reads tab-separated text, quoted cells with commas and line breaks, and fills a blank FromUserId", () => {
    const table = readBulkTable('UserId\tWording\nuser_bob\t"Hello,\nBob"\nuser_carol\t\n', { fromUserIdForAll: "agent_amy" });
    expect(table.rows.map((row) => [row.rowNumber, row.fromUserId, row.userId, row.wording])).toEqual([
      [2, "agent_amy", "user_bob", "Hello,\nBob"],
      [3, "agent_amy", "user_carol", ""],
    ]);
  });

  it("refuses a list without a UserId column, and one with a header only", () => {
    expect(readBulkTable("Name,Wording\nbob,hi").problem).toMatch(/UserId/);
    expect(readBulkTable("UserId\n").problem).toMatch(/no rows/);
  });
});

describe("validating rows with the send form's rules", () => {
  const rows = readBulkTable(
    [
      "FromUserId,UserId,Wording,CreateTime",
      "agent_amy,user_bob,hi,",
      "agent_amy,agent_amy,,",
      ",user_carol,,",
      "agent_amy,user_bob,again,",
      "agent_bo,user_bob,,99999999999999",
      `agent_amy,${"x".repeat(33)},,`,
    ].join("\n"),
  ).rows;

  it("names the row, the column and the code ZIM would answer", () => {
    const problems = validateRows(rows, { separateRepeats: false, now: NOW });
    expect(problems).toEqual([
      { rowNumber: 3, field: "UserId", message: "Same as FromUserId: ZIM would answer 660800020" },
      { rowNumber: 4, field: "FromUserId", message: "Required: ZIM would answer 660000002" },
      { rowNumber: 5, field: "UserId", message: "Repeated user ID for this FromUserId: ZIM would answer 660800022" },
      { rowNumber: 6, field: "CreateTime", message: "In the future: ZIM would answer 660800046" },
      { rowNumber: 7, field: "UserId", message: "33 bytes, over the 32-byte limit: ZIM would answer 660000012" },
    ]);
  });

  it("accepts a repeat for the same FromUserId when repeats go in separate calls, and a repeat under another sender", () => {
    const problems = validateRows(rows, { separateRepeats: true, now: NOW });
    expect(problems.map((problem) => problem.rowNumber)).toEqual([3, 4, 6, 7]);
  });
});

describe("planning calls", () => {
  const row = (rowNumber: number, fromUserId: string, userId: string) => ({
    rowNumber,
    fromUserId,
    userId,
    wording: "",
    friendAlias: "",
    createTime: "",
    updateTime: "",
    attributes: [],
  });

  it("groups by FromUserId in order of appearance and cuts each group at the batch limit", () => {
    const rows = [
      ...Array.from({ length: 45 }, (_, index) => row(index + 2, index % 2 ? "agent_bo" : "agent_amy", `user_${index}`)),
    ];
    const plan = planChunks(rows, { batchLimit: 20 });
    expect(plan.fromUserIds).toBe(2);
    expect(plan.targets).toBe(45);
    expect(plan.chunks.map((chunk) => [chunk.fromUserId, chunk.rowNumbers.length])).toEqual([
      ["agent_amy", 20],
      ["agent_amy", 3],
      ["agent_bo", 20],
      ["agent_bo", 2],
    ]);
    expect(plan.chunks.flatMap((chunk) => chunk.rowNumbers).sort((a, b) => a - b)).toEqual(rows.map((r) => r.rowNumber));
  });

  it("puts each repeat of a UserId for one FromUserId in a later call than the one before", () => {
    const plan = planChunks([row(2, "a", "x"), row(3, "a", "y"), row(4, "a", "x"), row(5, "a", "x"), row(6, "b", "x")], {
      batchLimit: 20,
    });
    expect(plan.chunks).toEqual([
      { fromUserId: "a", rowNumbers: [2, 3] },
      { fromUserId: "a", rowNumbers: [4] },
      { fromUserId: "a", rowNumbers: [5] },
      { fromUserId: "b", rowNumbers: [6] },
    ]);
  });
});
