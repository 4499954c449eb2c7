"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getAuth } from "@/lib/auth/auth";
import { claimFirstRun, releaseFirstRun } from "@/lib/auth/first-run";
import { safeNextPath } from "@/lib/auth/next-path";
import { countOperators, createOperator } from "@/lib/auth/operators";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rule";
import { signInWithPassword } from "@/lib/auth/sign-in";

const credentialsSchema = z.object({
  email: z.email("Enter an email address"),
  password: z.string().min(1, "Enter the password"),
});

/** What the form shows again after a refusal: the error, and what was typed (never the password). */
export type AuthFormState = { error?: string; email?: string; name?: string };

/** Sign-in is the one action open to everyone: it is how a session starts. */
export async function signInAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email };
  const signedIn = await signInWithPassword({ ...parsed.data, headers: await headers() });
  if (!signedIn.ok) return { error: signedIn.error, email };
  redirect(safeNextPath(formData.get("next")) ?? "/");
}

export async function signOutAction(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect("/sign-in");
}

const setupSchema = credentialsSchema.extend({
  name: z.string().trim().min(1, "Enter a name").max(80),
  password: z.string().min(PASSWORD_MIN_LENGTH, `The password needs at least ${PASSWORD_MIN_LENGTH} characters`),
});

/** First run only: creates the first admin while no operator exists, then signs them in. */
export async function setupAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const email = String(formData.get("email") ?? "");
  const name = String(formData.get("name") ?? "");
  if ((await countOperators()) > 0) return { error: "Setup is done: an operator exists. Sign in instead.", email, name };
  const parsed = setupSchema.safeParse({ email, name, password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email, name };
  if (!(await claimFirstRun({ email })))
    return { error: "Setup is done or under way in another window. Sign in instead.", email, name };
  const created = await createOperator({ ...parsed.data, role: "admin", actor: "first-run setup" }).catch((error: unknown) => {
    void releaseFirstRun();
    throw error;
  });
  if (!created.ok) {
    await releaseFirstRun();
    return { error: created.error, email, name };
  }
  await (
    await getAuth()
  ).api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  redirect("/");
}
