import "server-only";

import { desc, eq, gt, gte, inArray, or, sql } from "drizzle-orm";

import { getDb } from "@/lib/db/client";
import { signInEvent, signInThrottle } from "@/lib/db/schema";

import type { SignInEventKind } from "./sign-in-event";

/** After this many failures in a row, each attempt must wait: 1 s, then 2 s, 4 s … up to 5 minutes. */
export const BACKOFF_AFTER = 5;
/** After this many, the email or address is locked out for LOCKOUT_MINUTES, unless an admin clears it. */
export const LOCKOUT_AFTER = 20;
export const LOCKOUT_MINUTES = 15;
const MAX_BACKOFF_SECONDS = 300;

export type SignInAttempt = { email: string; address: string };

export type SignInLock = { key: string; failures: number; lastFailureAt: Date; lockedUntil: Date | null; retryAt: Date };

const keysOf = ({ email, address }: SignInAttempt) => [`email:${email.toLowerCase()}`, `address:${address}`];

function retryAt(row: { failures: number; lastFailureAt: Date; lockedUntil: Date | null }): Date {
  const backoff = row.failures >= BACKOFF_AFTER ? Math.min(2 ** (row.failures - BACKOFF_AFTER), MAX_BACKOFF_SECONDS) : 0;
  const afterBackoff = row.lastFailureAt.getTime() + backoff * 1000;
  return new Date(Math.max(afterBackoff, row.lockedUntil?.getTime() ?? 0));
}

async function recordEvent({
  kind,
  attempt,
  actorEmail = "",
}: {
  kind: SignInEventKind;
  attempt: SignInAttempt;
  actorEmail?: string;
}) {
  const db = await getDb();
  await db.insert(signInEvent).values({ kind, email: attempt.email.slice(0, 320), address: attempt.address, actorEmail });
}

/** Whether this attempt must wait because the email or the address is backing off or locked out. */
export async function mustWait(attempt: SignInAttempt): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(inArray(signInThrottle.key, keysOf(attempt)));
  return rows.some((row) => retryAt(row).getTime() > Date.now());
}

/**
 * Counts a failed attempt (a wrong password, or any attempt made while waiting) for the email and the
 * address, atomically; the twentieth locks them out. Answers when the next attempt may be made.
 */
export async function recordSignInFailure({
  attempt,
  kind,
}: {
  attempt: SignInAttempt;
  kind: "failed" | "refused";
}): Promise<Date> {
  const db = await getDb();
  const rows = await db
    .insert(signInThrottle)
    .values(keysOf(attempt).map((key) => ({ key, failures: 1, lastFailureAt: new Date() })))
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`${signInThrottle.failures} + 1`,
        lastFailureAt: sql`now()`,
        lockedUntil: sql`case when ${signInThrottle.failures} + 1 >= ${LOCKOUT_AFTER} then now() + make_interval(mins => ${LOCKOUT_MINUTES}) else ${signInThrottle.lockedUntil} end`,
      },
    })
    .returning();
  await recordEvent({ kind, attempt });
  if (rows.some(({ failures }) => failures === LOCKOUT_AFTER)) await recordEvent({ kind: "locked", attempt });
  return new Date(Math.max(...rows.map((row) => retryAt(row).getTime())));
}

/** A success starts the counts over, for the email and for the address. */
export async function recordSignInSuccess(attempt: SignInAttempt): Promise<void> {
  const db = await getDb();
  await db.delete(signInThrottle).where(inArray(signInThrottle.key, keysOf(attempt)));
}

/** Emails and addresses that must wait or are locked out now, for the Operators page. */
export async function listSignInLocks(): Promise<SignInLock[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(or(gte(signInThrottle.failures, BACKOFF_AFTER), gt(signInThrottle.lockedUntil, new Date())))
    .orderBy(desc(signInThrottle.lastFailureAt));
  return rows.map((row) => ({ ...row, retryAt: retryAt(row) }));
}

export async function clearSignInLock({ key, actorEmail }: { key: string; actorEmail: string }): Promise<void> {
  const db = await getDb();
  const [removed] = await db.delete(signInThrottle).where(eq(signInThrottle.key, key)).returning();
  if (!removed) return;
  const [kind, value = ""] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  await recordEvent({
    kind: "cleared",
    attempt: { email: kind === "email" ? value : "", address: kind === "address" ? value : "" },
    actorEmail,
  });
}

export async function listSignInEvents({ limit }: { limit: number }) {
  const db = await getDb();
  return db.select().from(signInEvent).orderBy(desc(signInEvent.id)).limit(limit);
}

/** The message every refused attempt gets: when to try again, in the server's clock and in seconds. */
export function waitMessage(allowedAt: Date): string {
  const seconds = Math.max(1, Math.ceil((allowedAt.getTime() - Date.now()) / 1000));
  return `Too many failed sign-ins. Try again after ${allowedAt.toISOString().slice(11, 19)} UTC (in ${seconds} s).`;
}
