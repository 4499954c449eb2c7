import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { CredentialsForm } from "@/components/auth/credentials-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { countOperators } from "@/lib/auth/operators";

import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  if ((await countOperators()) === 0) redirect("/setup");
  const next = safeNextPath((await searchParams).next);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Sign in</h1>
      <CredentialsForm action={signInAction} submitLabel="Sign in" next={next} />
    </>
  );
}
