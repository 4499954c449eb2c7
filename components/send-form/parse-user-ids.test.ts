import { describe, expect, it } from "vitest";

import { fitToLimit, parseUserIds } from "./parse-user-ids";

describe("parseUserIds", () => {
  it("takes one ID per line, keeping spaces and commas inside a line", () => {
    expect(parseUserIds("user_alice\r\nuser bob\n\n  user,carol  \n")).toEqual(["user_alice", "user bob", "user,carol"]);
  });

  it("splits a single line on commas and white space", () => {
    expect(parseUserIds("a, b c\t,d,,")).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps repeats so the form can flag them", () => {
    expect(parseUserIds("a a")).toEqual(["a", "a"]);
  });
});

describe("fitToLimit", () => {
  it("fills the free rows and counts what was left out", () => {
    expect(fitToLimit({ ids: ["a", "b", "c"], freeRows: 2 })).toEqual({ accepted: ["a", "b"], leftOut: 1 });
    expect(fitToLimit({ ids: ["a"], freeRows: 0 })).toEqual({ accepted: [], leftOut: 1 });
    expect(fitToLimit({ ids: ["a"], freeRows: 5 })).toEqual({ accepted: ["a"], leftOut: 0 });
  });
});
