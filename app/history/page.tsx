import type { Metadata } from "next";

import { HistoryFilters } from "@/components/history/history-filters";
import { HistoryTable } from "@/components/history/history-table";
import { Pagination } from "@/components/ui/pagination";
import { TextLink } from "@/components/ui/text-link";
import { parseHistoryQuery } from "@/lib/audit/history-query";
import { listSends, PAGE_SIZE } from "@/lib/audit/send-store";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ searchParams }: PageProps<"/history">) {
  await requirePageCaller();
  const params = await searchParams;
  const query = parseHistoryQuery(params);
  const { records, total } = await listSends(query);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageLink = (page: number) => {
    // The URL's own filters, kept as typed; only the page changes.
    const next = new URLSearchParams(
      Object.entries(params).flatMap(([key, value]) => (typeof value === "string" && value !== "" ? [[key, value]] : [])),
    );
    next.set("page", String(page));
    return `/history?${next.toString()}`;
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">History</h1>
      <p className="text-sm">
        Sends from the form, newest first. <TextLink href="/history/calls">QA calls</TextLink> lists send-as-is and suite calls.
      </p>
      <HistoryFilters query={query} />
      <p role="status" className="text-sm text-muted">
        {total} send{total === 1 ? "" : "s"} · page {query.page} of {pages}
      </p>
      <HistoryTable records={records} />
      <Pagination page={query.page} pages={pages} href={pageLink} />
    </div>
  );
}
