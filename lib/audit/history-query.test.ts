import { describe, expect, it } from "vitest";

import { parseHistoryQuery } from "./history-query";

describe("History's query parser never fails and never passes a value the database refuses", () => {
  it("ignores a code past what the columns hold, a 20-digit page and out-of-range dates", () => {
    const query = parseHistoryQuery({
      code: "12345678901234567890",
      page: "99999999999999999999",
      since: "-200000-01-01",
      until: "x",
    });
    expect(query).toMatchObject({ code: undefined, page: 1, since: undefined, until: undefined });
  });

  it("keeps a code above 2^31, which ZIM may send and the columns hold", () => {
    expect(parseHistoryQuery({ code: "2147483648" }).code).toBe(2147483648);
  });

  it("strips U+0000 and lone surrogates from text filters, and cuts long ones", () => {
    const query = parseHistoryQuery({ target: "ghost\u0000_gary", operator: "\uD800", requestId: "9".repeat(500) });
    expect(query.target).toBe("ghost_gary");
    expect(query.operator).toBeUndefined();
    expect(query.requestId).toHaveLength(200);
  });

  it("takes the first of a repeated parameter and ignores unknown statuses", () => {
    expect(parseHistoryQuery({ fromUserId: ["agent_amy", "x"], status: "exploded" })).toMatchObject({
      fromUserId: "agent_amy",
      status: undefined,
    });
  });
});

describe("date filters are read in the viewer's zone", () => {
  it("reads the picker's wall time in the zone the form sent, and UTC without one", () => {
    expect(parseHistoryQuery({ since: "2026-11-27T06:59", tz: "Asia/Shanghai" }).since?.toISOString()).toBe(
      "2026-11-26T22:59:00.000Z",
    );
    expect(parseHistoryQuery({ since: "2026-11-27T06:59", tz: "Nowhere/Land" }).since?.toISOString()).toBe(
      "2026-11-27T06:59:00.000Z",
    );
  });
});
