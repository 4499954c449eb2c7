import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { BulkRow } from "./bulk-table";
import { createJobSchema } from "./create-job-schema";
import { packRows } from "./pack-rows";

const text = fc.oneof(fc.constant(""), fc.string({ maxLength: 12 }));
const row: fc.Arbitrary<BulkRow> = fc.record({
  rowNumber: fc.integer({ min: 2, max: 200_000 }),
  fromUserId: text,
  userId: text,
  wording: text,
  friendAlias: text,
  createTime: text,
  updateTime: text,
  attributes: fc.array(fc.record({ key: text, value: text }), { maxLength: 5 }),
});

const received = (rows: string) =>
  createJobSchema.parse({ environmentId: "simulator", reason: "", separateRepeats: false, rows }).rows;

describe("a list on its way to the server", () => {
  it("arrives as the browser read it, empty fields and all", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        expect(received(packRows(rows))).toEqual(rows);
      }),
    );
  });

  it("travels at about half the size when most columns are empty", () => {
    const rows = Array.from({ length: 1000 }, (_, index) => ({
      rowNumber: index + 2,
      fromUserId: "agent_amy",
      userId: `user_${index}`,
      wording: "hello",
      friendAlias: "",
      createTime: "",
      updateTime: "",
      attributes: [],
    }));
    expect(packRows(rows).length).toBeLessThan(JSON.stringify(rows).length * 0.6);
  });

  it("is refused when it holds no rows", () => {
    expect(() => received(packRows([]))).toThrow(/no rows/);
  });
});
