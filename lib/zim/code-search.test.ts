import { describe, expect, it } from "vitest";

import { searchCodes } from "./code-search";

const codes = (query: string) => searchCodes(query).flatMap((group) => group.entries.map((entry) => entry.code));

describe("searchCodes", () => {
  it("finds a code by its number or a prefix of it", () => {
    expect(codes("660800022")).toEqual([660800022]);
    expect(codes("1000000").length).toBeGreaterThan(10);
  });

  it("finds codes by every word of a text, grouped by category", () => {
    expect(codes("attribute key")).toEqual(expect.arrayContaining([660800023, 660800032]));
    expect(searchCodes("rate limit").map((group) => group.category)).toContain("rate-limit");
    expect(codes("no such words here")).toEqual([]);
  });

  it("lists everything for an empty query", () => {
    expect(codes("").length).toBeGreaterThan(100);
  });
});
