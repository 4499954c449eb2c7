import { signOutAction } from "@/app/sign-in/actions";
import { SearchBox } from "@/components/search/search-box";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { Caller } from "@/lib/auth/caller";
import { hasRole } from "@/lib/auth/roles";

export function SiteHeader({ caller }: { caller: Caller | null }) {
  return (
    <header className="border-b border-divider bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <p className="text-lg font-semibold">ZIM Friend Console</p>
        {caller && (
          <>
            <nav aria-label="Main" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              <TextLink href="/">Send</TextLink>
              <TextLink href="/bulk">Bulk</TextLink>
              <TextLink href="/users">Users</TextLink>
              <TextLink href="/history">History</TextLink>
              <TextLink href="/codes">Codes</TextLink>
              <TextLink href="/decode">Decode</TextLink>
              {hasRole(caller.role, "operator") && <TextLink href="/send-as-is">Send as-is</TextLink>}
              {hasRole(caller.role, "operator") && <TextLink href="/suites">Suites</TextLink>}
              {hasRole(caller.role, "admin") && <TextLink href="/operators">Operators</TextLink>}
            </nav>
            <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
              <SearchBox />
              <ThemeToggle />
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
