import "server-only";

import { count, desc, eq } from "drizzle-orm";

import type { OperatorChange } from "@/lib/audit/operator-change";
import { recordOperatorEvent, type OperatorActor } from "@/lib/audit/operator-events";
import { getDb } from "@/lib/db/client";
import { session, user } from "@/lib/db/schema";
import { fail, ok, type Result } from "@/lib/result/result";

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
  return db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      disabled: user.disabled,
      createdAt: user.createdAt,
    })
    .from(user)
    .orderBy(desc(user.createdAt));
}

/** Creates an operator with a password, as better-auth's own admin tooling does, and records who did. */
export async function createOperator({
  email,
  name,
  password,
  role,
  actor,
}: {
  email: string;
  name: string;
  password: string;
  role: Role;
  actor: OperatorActor;
}): Promise<Result<{ id: string }>> {
  const context = await (await getAuth()).$context;
  if (await context.internalAdapter.findUserByEmail(email)) return fail("An operator with this email exists.");
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
  await recordOperatorEvent({ actor, subject: { id: created.id, email }, change: { kind: "created", role } });
  return ok({ id: created.id });
}

/** Changes a role or the disabled flag; each change is recorded with it, in one transaction. */
export async function updateOperator({
  id,
  patch,
  actor,
}: {
  id: string;
  patch: { role?: Role; disabled?: boolean };
  actor: OperatorActor;
}): Promise<Result<void>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(user).where(eq(user.id, id)).for("update");
    if (!before) return fail("No such operator.");
    const changes: OperatorChange[] = [];
    if (patch.role !== undefined && patch.role !== before.role)
      changes.push({ kind: "role-changed", from: before.role, to: patch.role });
    if (patch.disabled !== undefined && patch.disabled !== before.disabled)
      changes.push({ kind: patch.disabled ? "disabled" : "enabled" });
    if (changes.length === 0) return ok(undefined);
    await tx
      .update(user)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(user.id, id));
    // A disabled operator is signed out everywhere at once.
    if (patch.disabled) await tx.delete(session).where(eq(session.userId, id));
    for (const change of changes) await recordOperatorEvent({ tx, actor, subject: { id, email: before.email }, change });
    return ok(undefined);
  });
}
