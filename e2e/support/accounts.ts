import { readFileSync } from "node:fs";

import type { Role } from "../../lib/auth/roles";

export const PASSWORD = "e2e-password-123";

export const ACCOUNTS: Record<Role, { email: string; name: string }> = {
  admin: { email: "admin@e2e.test", name: "Ada Admin" },
  operator: { email: "operator@e2e.test", name: "Otto Operator" },
  viewer: { email: "viewer@e2e.test", name: "Vera Viewer" },
};

export const storageStatePath = (role: Role) => `reports/auth/${role}.json`;

/** The Cookie header of a role's saved session, for calls made outside the browser. */
export function cookieHeader(role: Role): string {
  const state = JSON.parse(readFileSync(storageStatePath(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
}
