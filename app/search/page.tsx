import type { Metadata } from "next";

import { CallsTable } from "@/components/history/calls-table";
import { HistoryTable } from "@/components/history/history-table";
import { countText } from "@/components/history/match-count";
import { SearchBox } from "@/components/search/search-box";
import { TextLink } from "@/components/ui/text-link";
import { listCalls } from "@/lib/audit/call-store";
import { parseHistoryQuery } from "@/lib/audit/history-query";
import { listSends } from "@/lib/audit/send-store";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Search" };

const SHOWN = 10;

/** One term across sends and QA calls, grouped by kind, each group linking to its full filtered list. */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  await requirePageCaller();
  const query = parseHistoryQuery({ q: (await searchParams).q });
  const term = query.q;
  const [sends, calls] = term ? await Promise.all([listSends(query, SHOWN), listCalls(query, SHOWN)]) : [undefined, undefined];
  const more = `q=${encodeURIComponent(term ?? "")}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Search</h1>
      <SearchBox id="search-page-box" name="Search again" defaultValue={term} wide />
      <p className="text-sm text-muted">
        Matches the start of a RequestId, ticket or reason, FromUserId or target UserId, in any case.
      </p>
      {term && sends && calls && (
        <>
          <section aria-labelledby="search-sends" className="space-y-2">
            <h2 id="search-sends" className="text-lg font-semibold">
              Sends ({countText(sends.total)})
            </h2>
            <HistoryTable records={sends.rows} />
            {sends.total > SHOWN && <TextLink href={`/history?${more}`}>All {countText(sends.total)} sends in History</TextLink>}
          </section>
          <section aria-labelledby="search-calls" className="space-y-2">
            <h2 id="search-calls" className="text-lg font-semibold">
              QA calls ({countText(calls.total)})
            </h2>
            <CallsTable calls={calls.rows} />
            {calls.total > SHOWN && <TextLink href={`/history/calls?${more}`}>All {countText(calls.total)} QA calls</TextLink>}
          </section>
        </>
      )}
    </div>
  );
}
