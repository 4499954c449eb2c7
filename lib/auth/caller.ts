import "server-only";

import { and, eq, gt, sql } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { cache } from "react";

import { getDb } from "@/lib/db/client";
import { preparedPerDatabase } from "@/lib/db/prepared";
import { session, user } from "@/lib/db/schema";

import { getAuth } from "./auth";
import { isRole, type Role } from "./roles";
import { forget, sentOnce, trust, trustedToken } from "./verified-sessions";

export type Caller = { id: string; email: string; name: string; role: Role };

type Operator = { id: string; email: string; name: string; role?: unknown; disabled?: boolean | null };

function asCaller({ id, email, name, role, disabled }: Operator): Caller | null {
  return disabled || !isRole(role) ? null : { id, email, name, role };
}

/** The operator of a live session, in one indexed query. */
const operatorOfSession = preparedPerDatabase((db) =>
  db
    .select({ id: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabled })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(and(eq(session.token, sql.placeholder("token")), gt(session.expiresAt, sql`now()`))),
);

async function readOperator(token: string): Promise<Operator | undefined> {
  const [operator] = await operatorOfSession(await getDb()).execute({ token });
  return operator;
}

/**
 * The signed-in operator behind this request, or null (no session, disabled, or unknown role).
 * Cached per render, so the layout and the page share one session lookup. A cookie better-auth
 * verified a few minutes ago skips its checks and costs one query (lib/auth/verified-sessions.ts).
 */
export const getCaller = cache(async (): Promise<Caller | null> => {
  const auth = await getAuth();
  const requestHeaders = await headers();
  const cookieName = (await auth.$context).authCookies.sessionToken.name;
  const signed = sentOnce(requestHeaders.get("cookie"), cookieName) ? (await cookies()).get(cookieName)?.value : undefined;
  const token = signed && trustedToken(signed);
  if (signed && token) {
    const operator = await readOperator(token);
    if (operator) return asCaller(operator);
    forget(signed);
  }
  const current = await auth.api.getSession({ headers: requestHeaders });
  if (!current) return null;
  if (signed) trust(signed, current.session.token);
  return asCaller(current.user as Operator);
});
