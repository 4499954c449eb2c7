import { afterEach, describe, expect, it, vi } from "vitest";

import { forget, signedSessionCookie, trust, trustedToken } from "./verified-sessions";

const NAME = "better-auth.session_token";
const signature = "c2lnbmF0dXJlLW9mLXRoZS10b2tlbi1ieS10aGUtc2VydmVy=";

afterEach(() => vi.useRealTimers());

describe("session cookies better-auth verified", () => {
  it("trusts a signed cookie only as the token it signs", () => {
    trust(`token-a.${signature}`, "token-b");
    expect(trustedToken(`token-a.${signature}`)).toBeUndefined();
    trust(`token-a.${signature}`, "token-a");
    expect(trustedToken(`token-a.${signature}`)).toBe("token-a");
    forget(`token-a.${signature}`);
    expect(trustedToken(`token-a.${signature}`)).toBeUndefined();
  });

  it("asks better-auth again after five minutes", () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T03:00:00Z") });
    trust(`token-c.${signature}`, "token-c");
    vi.setSystemTime(new Date("2026-11-29T03:04:59Z"));
    expect(trustedToken(`token-c.${signature}`)).toBe("token-c");
    vi.setSystemTime(new Date("2026-11-29T03:05:01Z"));
    expect(trustedToken(`token-c.${signature}`)).toBeUndefined();
  });

  it("reads the session cookie among others, decoded, and not when it is sent twice", () => {
    const encoded = encodeURIComponent(`token-d.${signature}`);
    expect(signedSessionCookie(`theme=dark; ${NAME}=${encoded}; other=1`, NAME)).toBe(`token-d.${signature}`);
    expect(signedSessionCookie(`${NAME}=${encoded}; ${NAME}=forged.${signature}`, NAME)).toBeUndefined();
    expect(signedSessionCookie("theme=dark", NAME)).toBeUndefined();
    expect(signedSessionCookie(null, NAME)).toBeUndefined();
  });
});
