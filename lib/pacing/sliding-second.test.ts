import { describe, expect, it } from "vitest";

import { busiestSecond, tightestSpanMs } from "./sliding-second";

describe("judging a rate as ZIM does, over any sliding second", () => {
  it("counts the calls of a second that straddles two clock seconds", () => {
    // Ten calls at the end of one second and ten at the start of the next: 20 in 200 ms.
    const times = [...Array.from({ length: 10 }, (_, i) => 900 + i * 10), ...Array.from({ length: 10 }, (_, i) => 1000 + i * 10)];
    expect(busiestSecond(times)).toBe(20);
  });

  it("does not count a call exactly one second after the first in the same second", () => {
    expect(busiestSecond([0, 500, 1000])).toBe(2);
    expect(busiestSecond([1000, 0, 999])).toBe(2);
  });

  it("gives the tightest span of consecutive calls, in any order of arrival", () => {
    const evenly = Array.from({ length: 21 }, (_, i) => i * 50);
    expect(tightestSpanMs(evenly, 21)).toBe(1000);
    expect(tightestSpanMs([300, 0, 100, 1000, 1020], 3)).toBe(300);
    expect(tightestSpanMs([0, 10], 3)).toBe(Number.POSITIVE_INFINITY);
  });
});
