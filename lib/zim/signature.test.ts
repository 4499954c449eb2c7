import { describe, expect, it } from "vitest";

import { computeSignature, createNonce, redactSignedUrl, signaturesMatch, signQuery } from "./signature";

describe("signature 2.0", () => {
  it("matches ZEGO's published vector", () => {
    expect(
      computeSignature({
        appId: 12345,
        nonce: "4fd24687296dd9f3",
        serverSecret: "9193cc662a4c0ec135ec71fb57194b38",
        timestamp: 1615186943,
      }),
    ).toBe("43e5cfcca828314675f91b001390566a");
  });

  it("signs the query with the nonce and timestamp it sends", () => {
    const query = signQuery({
      appId: 12345,
      serverSecret: "9193cc662a4c0ec135ec71fb57194b38",
      nonce: "4fd24687296dd9f3",
      timestamp: 1615186943,
    });
    expect(query).toEqual({
      AppId: "12345",
      SignatureNonce: "4fd24687296dd9f3",
      Timestamp: "1615186943",
      Signature: "43e5cfcca828314675f91b001390566a",
      SignatureVersion: "2.0",
    });
  });

  it("makes a fresh 16-hex nonce and a seconds timestamp per call", () => {
    const first = signQuery({ appId: 1, serverSecret: "s" });
    const second = signQuery({ appId: 1, serverSecret: "s" });
    expect(first.SignatureNonce).toMatch(/^[0-9a-f]{16}$/);
    expect(first.SignatureNonce).not.toBe(second.SignatureNonce);
    expect(Math.abs(Number(first.Timestamp) - Date.now() / 1000)).toBeLessThan(2);
    expect(createNonce()).toHaveLength(16);
  });

  it("compares signatures exactly", () => {
    expect(signaturesMatch("abc", "abc")).toBe(true);
    expect(signaturesMatch("abc", "abd")).toBe(false);
    expect(signaturesMatch("abc", "abcd")).toBe(false);
  });

  it("redacts the Signature from a URL and keeps the rest", () => {
    const redacted = redactSignedUrl("https://zim-api.zego.im/?Action=X&Signature=43e5cfcca828314675f91b001390566a&AppId=1");
    expect(redacted).not.toContain("43e5cf");
    expect(new URL(redacted).searchParams.get("AppId")).toBe("1");
    expect(new URL(redacted).searchParams.get("Action")).toBe("X");
  });
});
