import "server-only";

import { count, desc, eq } from "drizzle-orm";

import { getDb } from "@/lib/db/client";
import { session, user } from "@/lib/db/schema";

import { getAuth } from "./auth";
import type { Role } from "./roles";

export type Operator = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: Date };

export async function countOperators(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ value: count() }).from(user);
  return row?.value ?? 0;
}

export async function listOperators(): Promise<Operator[]> {
  const db = await getDb();
  const rows = await db.select().from(user).orderBy(desc(user.createdAt));
  return rows.map(({ id, email, name, role, disabled, createdAt }) => ({
    id,
    email,
    name,
    role,
    disabled,
    createdAt,
  }));
}

/** Creates an operator with a password, as better-auth's own admin tooling does. */
export async function createOperator({
  email,
  name,
  password,
  role,
}: {
  email: string;
  name: string;
  password: string;
  role: Role;
}) {
  const context = await (await getAuth()).$context;
  if (await context.internalAdapter.findUserByEmail(email))
    return { ok: false as const, error: "An operator with this email exists." };
  const created = await context.internalAdapter.createUser(
    { email, name, emailVerified: true, role, disabled: false },
    { method: "admin" },
  );
  await context.internalAdapter.linkAccount({
    userId: created.id,
    providerId: "credential",
    accountId: created.id,
    password: await context.password.hash(password),
  });
  return { ok: true as const, id: created.id };
}

export async function updateOperator(id: string, patch: { role?: Role; disabled?: boolean }): Promise<void> {
  const db = await getDb();
  await db
    .update(user)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(user.id, id));
  // A disabled operator is signed out everywhere at once.
  if (patch.disabled) await db.delete(session).where(eq(session.userId, id));
}
