import Link from "next/link";

import { signOutAction } from "@/app/sign-in/actions";
import { Button } from "@/components/ui/button";
import type { Caller } from "@/lib/auth/caller";
import { hasRole } from "@/lib/auth/roles";

export function SiteHeader({ caller }: { caller: Caller | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <p className="text-lg font-semibold">ZIM Friend Console</p>
        {caller && (
          <>
            <nav aria-label="Main" className="flex gap-3 text-sm">
              <Link href="/" className="text-sky-800 hover:underline">
                Send
              </Link>
              <Link href="/history" className="text-sky-800 hover:underline">
                History
              </Link>
              <Link href="/codes" className="text-sky-800 hover:underline">
                Codes
              </Link>
              <Link href="/decode" className="text-sky-800 hover:underline">
                Decode
              </Link>
              {hasRole(caller.role, "operator") && (
                <Link href="/send-as-is" className="text-sky-800 hover:underline">
                  Send as-is
                </Link>
              )}
              {hasRole(caller.role, "operator") && (
                <Link href="/suites" className="text-sky-800 hover:underline">
                  Suites
                </Link>
              )}
              {hasRole(caller.role, "admin") && (
                <Link href="/operators" className="text-sky-800 hover:underline">
                  Operators
                </Link>
              )}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              <span aria-label="Signed in as">
                {caller.email} · {caller.role}
              </span>
              <form action={signOutAction}>
                <Button type="submit">Sign out</Button>
              </form>
            </div>
          </>
        )}
      </div>
    </header>
  );
}
