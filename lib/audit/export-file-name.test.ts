import { describe, expect, it } from "vitest";

import { exportFileName } from "./export-file-name";

describe("export file names", () => {
  it("carry the ticket and the RequestId, made safe for a header and a file system", () => {
    expect(
      exportFileName({ kind: "send", id: "0b7c…", ticket: 'TICKET 123 "urgent"/ü', requestId: "3412345678", extension: "csv" }),
    ).toBe("send-TICKET-123-urgent-u-3412345678.csv");
  });

  it("fall back to the record's id when ZIM gave no RequestId", () => {
    expect(exportFileName({ kind: "call", id: "0b7c9a1e-aaaa", requestId: null, extension: "json" })).toBe("call-0b7c9a1e.json");
  });
});
