import { afterEach, describe, expect, it, vi } from "vitest";

import { forget, sentOnce, trust, trustedToken } from "./verified-sessions";

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

  it("trusts nothing for a request that carries the session cookie twice", () => {
    expect(sentOnce(`theme=dark; ${NAME}=token-d.sig; other=1`, NAME)).toBe(true);
    expect(sentOnce(`${NAME}=token-d.sig; ${NAME}=forged.sig`, NAME)).toBe(false);
    expect(sentOnce("theme=dark", NAME)).toBe(false);
    expect(sentOnce(null, NAME)).toBe(false);
  });
});
