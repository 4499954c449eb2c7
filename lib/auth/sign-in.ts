import "server-only";

import { APIError } from "better-auth/api";

import { fail, ok, type Result } from "@/lib/result/result";

import { getAuth } from "./auth";
import { clientAddress } from "./client-address";
import { mustWait, recordSignInFailure, recordSignInSuccess, waitMessage, type SignInAttempt } from "./sign-in-limits";

/** The one answer to a wrong password and to a disabled account's right one, on every path. */
export const WRONG_CREDENTIALS = "Wrong email or password, or the account is disabled.";

/**
 * Runs one sign-in attempt under the limits: refused unchecked (and counted) while the email or the
 * address must wait, counted when it fails, and a success starts the counts over.
 */
export async function withSignInLimits(attempt: SignInAttempt, check: () => Promise<boolean>): Promise<Result<void>> {
  if (await mustWait(attempt)) return fail(waitMessage(await recordSignInFailure({ attempt, kind: "refused" })));
  if (await check()) {
    await recordSignInSuccess(attempt);
    return ok(undefined);
  }
  const nextAllowed = await recordSignInFailure({ attempt, kind: "failed" });
  // Past the free attempts a wrong password is answered with the wait, which says nothing about the account.
  return fail(nextAllowed.getTime() > Date.now() ? waitMessage(nextAllowed) : WRONG_CREDENTIALS);
}

/** The sign-in page's path: the library's sign-in, which sets the session cookie, under the limits. */
export async function signInWithPassword({ email, password, headers }: { email: string; password: string; headers: Headers }) {
  const auth = await getAuth();
  return withSignInLimits({ email, address: clientAddress(headers) }, async () => {
    try {
      await auth.api.signInEmail({ body: { email, password }, headers });
      return true;
    } catch (error) {
      if (error instanceof APIError) return false;
      throw error;
    }
  });
}
