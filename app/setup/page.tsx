import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { CredentialsForm } from "@/components/auth/credentials-form";
import { countOperators } from "@/lib/auth/operators";

import { setupAction } from "../sign-in/actions";

/** Exists only while no operator does: it creates the first admin. */
export const metadata: Metadata = { title: "First-run setup" };

export default async function SetupPage() {
  if ((await countOperators()) > 0) redirect("/sign-in");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">First-run setup</h1>
      <p className="mb-4 max-w-prose text-sm text-muted">
        No operator exists yet. Create the first admin; they can then add operators and viewers. This page disappears once done.
      </p>
      <CredentialsForm action={setupAction} submitLabel="Create admin" withName />
    </>
  );
}
