import type { Metadata } from "next";
import Link from "next/link";

import { CodeEntryCard } from "@/components/codes/code-entry-card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { searchCodes } from "@/lib/zim/code-search";

export const metadata: Metadata = { title: "Codes" };

export default async function CodesPage({ searchParams }: PageProps<"/codes">) {
  await requirePageCaller();
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const groups = searchCodes(query);
  const count = groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">ZIM code reference</h1>
      <form method="get" role="search" aria-label="Search codes" className="flex max-w-xl gap-2">
        <label htmlFor="code-query" className="sr-only">
          Code or words
        </label>
        <Input
          id="code-query"
          name="q"
          defaultValue={query}
          placeholder="660800022, or words such as 'rate limit'"
          className="flex-1"
        />
        <Button type="submit" variant="primary">
          Search
        </Button>
        {query && (
          <Link href="/codes" className="self-center text-sm text-accent">
            All codes
          </Link>
        )}
      </form>
      <p role="status" className="text-sm text-muted">
        {count} code{count === 1 ? "" : "s"}
      </p>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`group-${group.category}`} className="space-y-2">
          <h2 id={`group-${group.category}`} className="text-lg font-semibold">
            {group.label}
          </h2>
          <div className="grid gap-2 md:grid-cols-2">
            {group.entries.map((entry) => (
              <CodeEntryCard key={entry.code} entry={entry} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
