import type { Metadata } from "next";

import { HistoryFilters } from "@/components/history/history-filters";
import { HistoryTable } from "@/components/history/history-table";
import { matchCount } from "@/components/history/match-count";
import { pageLinks } from "@/components/history/page-links";
import { RefreshWhileInFlight } from "@/components/history/refresh-while-in-flight";
import { RetentionNote } from "@/components/history/retention-note";
import { Pagination } from "@/components/ui/pagination";
import { TextLink } from "@/components/ui/text-link";
import { parseHistoryQuery } from "@/lib/audit/history-query";
import { listSends } from "@/lib/audit/send-store";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ searchParams }: PageProps<"/history">) {
  await requirePageCaller();
  const params = await searchParams;
  const query = parseHistoryQuery(params);
  const { rows: records, total, newer, older } = await listSends(query);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">History</h1>
      <p className="text-sm">
        Sends from the form, newest first. <TextLink href="/history/calls">QA calls</TextLink> lists send-as-is and suite calls.
      </p>
      <HistoryFilters query={query} kind="sends" />
      <p role="status" className="text-sm text-muted">
        {matchCount(total, "send")} · {query.before || query.after ? "an older page" : "newest first"}
      </p>
      <HistoryTable records={records} />
      <RefreshWhileInFlight sendIds={records.filter((record) => record.status === "pending").map((record) => record.id)} />
      <Pagination newer={newer} older={older} href={pageLinks("/history", params)} />
      <RetentionNote />
    </div>
  );
}
