"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getAuth } from "@/lib/auth/auth";
import { claimFirstRun, releaseFirstRun } from "@/lib/auth/first-run";
import { countOperators, createOperator } from "@/lib/auth/operators";
import { signInWithPassword } from "@/lib/auth/sign-in";

const credentialsSchema = z.object({
  email: z.email("Enter an email address"),
  password: z.string().min(1, "Enter the password"),
});

export type AuthFormState = { error?: string; email?: string };

/** Sign-in is the one action open to everyone: it is how a session starts. */
export async function signInAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email };
  const signedIn = await signInWithPassword({ ...parsed.data, headers: await headers() });
  if (!signedIn.ok) return { error: signedIn.error, email };
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect("/sign-in");
}

const setupSchema = credentialsSchema.extend({
  name: z.string().trim().min(1, "Enter a name").max(80),
  password: z.string().min(8, "At least 8 characters"),
});

/** First run only: creates the first admin while no operator exists, then signs them in. */
export async function setupAction(_state: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const email = String(formData.get("email") ?? "");
  if ((await countOperators()) > 0) return { error: "Setup is done: an operator exists. Sign in instead.", email };
  const parsed = setupSchema.safeParse({ email, name: formData.get("name"), password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email };
  if (!(await claimFirstRun({ email })))
    return { error: "Setup is done or under way in another window. Sign in instead.", email };
  const created = await createOperator({ ...parsed.data, role: "admin", actor: "first-run setup" }).catch((error: unknown) => {
    void releaseFirstRun();
    throw error;
  });
  if (!created.ok) {
    await releaseFirstRun();
    return { error: created.error, email };
  }
  await (
    await getAuth()
  ).api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  redirect("/");
}
