import { describe, expect, it } from "vitest";

import { safeNextPath } from "./next-path";

describe("the page to return to after signing in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/history?q=ZD-1&tz=Asia%2FShanghai")).toBe("/history?q=ZD-1&tz=Asia%2FShanghai");
  });

  it("refuses anything that could leave the site or loop back to sign-in", () => {
    for (const next of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example",
      "/\t/evil.example",
      "history",
      "/sign-in?next=/x",
      42,
    ]) {
      expect(safeNextPath(next), String(next)).toBeUndefined();
    }
  });
});
