import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { codePoints, utf8Bytes } from "./text-length";

const encoder = new TextEncoder();

describe("text lengths as ZIM counts them", () => {
  it("counts the bytes TextEncoder writes, for any string, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Bytes(text)).toBe(encoder.encode(text).length);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts the code points Array.from splits a string into", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(codePoints(text)).toBe(Array.from(text).length);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts the examples of the limits: multibyte, emoji and a lone surrogate", () => {
    expect(utf8Bytes("agent_amy")).toBe(9);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("好")).toBe(3);
    expect(utf8Bytes("😀")).toBe(4);
    expect(utf8Bytes("\ud800")).toBe(3);
    expect(codePoints("😀好")).toBe(2);
    expect(codePoints("\udc00\ud800")).toBe(2);
  });
});
