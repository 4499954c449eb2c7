import { describe, expect, it } from "vitest";

import { parseHistoryQuery } from "./history-query";

describe("History's query parser never fails and never passes a value the database refuses", () => {
  it("ignores a code past what the columns hold, an edited cursor and out-of-range dates", () => {
    const query = parseHistoryQuery({
      code: "12345678901234567890",
      before: "99999999999999999999~x",
      after: "1790000000000000~'; drop table send",
      since: "-200000-01-01",
      until: "x",
    });
    expect(query).toMatchObject({ code: undefined, before: undefined, after: undefined, since: undefined, until: undefined });
  });

  it("reads a cursor a page link wrote", () => {
    expect(parseHistoryQuery({ before: "1790000000123456~3f0c2a9e-0000-4000-8000-000000000001" }).before).toEqual({
      micros: "1790000000123456",
      id: "3f0c2a9e-0000-4000-8000-000000000001",
    });
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
