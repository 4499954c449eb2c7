import { describe, expect, it } from "vitest";

import { blockRows, readBlock, rowAttributes } from "./spreadsheet-block";

describe("a block pasted from a spreadsheet", () => {
  it("maps columns by a header row and reports the columns it cannot fill", () => {
    const block = readBlock("User ID\tWording\tEmail\tk2\nuser_alice\tHi Alice\talice@example.com\tvip\nuser_bob\tHi Bob\t\t\n");
    expect(block.headerColumns).toEqual(["userId", "wording", undefined, "k2"]);
    expect(block.unknownHeaders).toEqual(["Email"]);
    const rows = blockRows(block, { skipHeader: true });
    expect(rows).toEqual([
      { userId: "user_alice", wording: "Hi Alice", k2: "vip" },
      { userId: "user_bob", wording: "Hi Bob", k2: "" },
    ]);
    expect(rowAttributes(rows[0] ?? {})).toEqual([{ key: "k2", value: "vip" }]);
  });

  it("keeps the first line as data when the operator says it is not a header", () => {
    const rows = blockRows(readBlock("UserId\tWording\nuser_alice\tHi"), { skipHeader: false });
    expect(rows.map((row) => row.userId)).toEqual(["UserId", "user_alice"]);
  });

  it("fills columns from the one pasted into, in grid order", () => {
    const rows = blockRows(readBlock("Hello\tAli\tgold\nHey\tBo\t"), { skipHeader: false, firstColumn: "wording" });
    expect(rows).toEqual([
      { wording: "Hello", friendAlias: "Ali", k0: "gold" },
      { wording: "Hey", friendAlias: "Bo", k0: "" },
    ]);
  });

  it("keeps tabs and line breaks inside quoted cells, as Sheets copies them", () => {
    const rows = blockRows(readBlock('user_alice\t"two\nlines"\nuser_bob\t"a\ttab"'), { skipHeader: false });
    expect(rows).toEqual([
      { userId: "user_alice", wording: "two\nlines" },
      { userId: "user_bob", wording: "a\ttab" },
    ]);
  });

  it("reads a plain list of IDs one per line, or separated by commas and spaces on one line", () => {
    expect(blockRows(readBlock("user a\r\nuser_b\r\n\r\n"), { skipHeader: false }).map((row) => row.userId)).toEqual([
      "user a",
      "user_b",
    ]);
    expect(blockRows(readBlock("a, b c"), { skipHeader: false }).map((row) => row.userId)).toEqual(["a", "b", "c"]);
    expect(readBlock("user_a\nuser_b").headerColumns).toBeUndefined();
  });
});
