import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { getAuth } from "./auth";
import { isRole, type Role } from "./roles";

export type Caller = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in operator behind this request, or null (no session, disabled, or unknown role).
 * Cached per render, so the layout and the page share one session lookup.
 */
export const getCaller = cache(async (): Promise<Caller | null> => {
  const auth = await getAuth();
  const current = await auth.api.getSession({ headers: await headers() });
  if (!current) return null;
  const { id, email, name, role, disabled } = current.user as typeof current.user & { role?: unknown; disabled?: boolean };
  if (disabled || !isRole(role)) return null;
  return { id, email, name, role };
});
