import type { Metadata } from "next";

import { CallsTable } from "@/components/history/calls-table";
import { HistoryTable } from "@/components/history/history-table";
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
  const [sends, calls] = term
    ? await Promise.all([listSends({ ...query, page: 1 }), listCalls({ ...query, page: 1 }, SHOWN)])
    : [undefined, undefined];
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
              Sends ({sends.total})
            </h2>
            <HistoryTable records={sends.records.slice(0, SHOWN)} />
            {sends.total > SHOWN && <TextLink href={`/history?${more}`}>All {sends.total} sends in History</TextLink>}
          </section>
          <section aria-labelledby="search-calls" className="space-y-2">
            <h2 id="search-calls" className="text-lg font-semibold">
              QA calls ({calls.total})
            </h2>
            <CallsTable calls={calls.calls} />
            {calls.total > SHOWN && <TextLink href={`/history/calls?${more}`}>All {calls.total} QA calls</TextLink>}
          </section>
        </>
      )}
    </div>
  );
}
