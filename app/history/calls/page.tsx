import type { Metadata } from "next";

import { CallsTable } from "@/components/history/calls-table";
import { HistoryFilters } from "@/components/history/history-filters";
import { matchCount } from "@/components/history/match-count";
import { pageLinks } from "@/components/history/page-links";
import { Pagination } from "@/components/ui/pagination";
import { TextLink } from "@/components/ui/text-link";
import { listCalls } from "@/lib/audit/call-store";
import { parseHistoryQuery } from "@/lib/audit/history-query";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "QA calls" };

export default async function CallsPage({ searchParams }: PageProps<"/history/calls">) {
  await requirePageCaller();
  const params = await searchParams;
  const query = parseHistoryQuery(params);
  const { rows: calls, total, newer, older } = await listCalls(query);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">QA calls</h1>
      <p className="text-sm">
        <TextLink href="/history">Sends</TextLink> · every call made with Send as-is or a suite, recorded before it left.
      </p>
      <HistoryFilters query={query} kind="calls" />
      <p role="status" className="text-sm text-muted">
        {matchCount(total, "call")} · {query.before || query.after ? "an older page" : "newest first"}
      </p>
      <CallsTable calls={calls} />
      <Pagination newer={newer} older={older} href={pageLinks("/history/calls", params)} />
    </div>
  );
}
