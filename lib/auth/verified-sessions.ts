import "server-only";

/**
 * How long a session cookie better-auth verified stays trusted here without asking it again: the
 * next requests with that cookie skip its signature check and better-auth's request pipeline. The
 * session (with its expiry) and its operator are still read on every request, so signing out, a
 * disabled account or a new role take effect at once. better-auth extends a session in use a day
 * after its last extension, so seeing each session every few minutes is plenty.
 */
const TRUSTED_FOR_MS = 5 * 60_000;
const MOST_REMEMBERED = 1000;

type Trusted = { token: string; until: number };

const GLOBAL_KEY = Symbol.for("zim-friend-console.verified-sessions");
// On globalThis: pages, actions and route handlers are bundled apart and must share one memory.
type WithVerified = typeof globalThis & { [GLOBAL_KEY]?: Map<string, Trusted> };

const remembered = () => ((globalThis as WithVerified)[GLOBAL_KEY] ??= new Map());

/**
 * Whether the request carries the session cookie exactly once. With two, better-auth alone decides
 * which of them counts, so nothing is remembered or trusted for that request.
 */
export function sentOnce(cookieHeader: string | null, cookieName: string): boolean {
  return (cookieHeader ?? "").split(`${cookieName}=`).length === 2;
}

/** The session token of a signed cookie better-auth verified a short while ago in this process. */
export function trustedToken(signedValue: string): string | undefined {
  const trusted = remembered().get(signedValue);
  if (!trusted) return undefined;
  if (trusted.until > Date.now()) return trusted.token;
  remembered().delete(signedValue);
  return undefined;
}

/** Notes that better-auth accepted this signed cookie as the session `token` (the token it signs). */
export function trust(signedValue: string, token: string): void {
  if (!signedValue.startsWith(`${token}.`)) return;
  const memory = remembered();
  if (memory.size >= MOST_REMEMBERED) memory.delete(memory.keys().next().value ?? "");
  memory.set(signedValue, { token, until: Date.now() + TRUSTED_FOR_MS });
}

export function forget(signedValue: string): void {
  remembered().delete(signedValue);
}
