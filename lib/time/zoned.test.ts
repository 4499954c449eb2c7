import { describe, expect, it } from "vitest";

import { instantToWallTime, isTimeZone, wallTimeToInstant, zoneOffsetMs } from "./zoned";

describe("wall times in the viewer's zone", () => {
  it("reads a picker value as Shanghai time (UTC+8, no daylight saving)", () => {
    expect(wallTimeToInstant("2026-11-27T06:59", "Asia/Shanghai")?.toISOString()).toBe("2026-11-26T22:59:00.000Z");
    expect(instantToWallTime(new Date("2026-11-26T22:59:00Z"), "Asia/Shanghai")).toBe("2026-11-27T06:59");
  });

  it("follows daylight saving in New York, on both sides of the change", () => {
    expect(wallTimeToInstant("2026-07-01T12:00", "America/New_York")?.toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(wallTimeToInstant("2026-12-01T12:00", "America/New_York")?.toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(zoneOffsetMs(Date.UTC(2026, 6, 1), "America/New_York")).toBe(-4 * 3_600_000);
  });

  it("treats a skipped hour as the moment after the gap, and an unknown zone as not a zone", () => {
    // 2026-03-08 02:30 does not exist in New York; 03:30 EDT is 07:30 UTC.
    expect(wallTimeToInstant("2026-03-08T02:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(wallTimeToInstant("yesterday", "UTC")).toBeUndefined();
  });
});
