import type { Metadata } from "next";
import { Suspense } from "react";

import { UserLookup } from "@/components/lookup/user-lookup";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePageCaller();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Look up a user</h1>
      <p className="mb-4 max-w-prose text-sm text-muted">
        Is the user registered, who is in their friend list, and what is their relation with someone: the answers to &quot;my
        friend request never arrived&quot;. Read-only calls to the selected environment, each recorded in History as a lookup.
      </p>
      <Suspense>
        <UserLookup />
      </Suspense>
    </>
  );
}
