import type { Metadata } from "next";

import { CallsTable } from "@/components/history/calls-table";
import { Pagination } from "@/components/ui/pagination";
import { TextLink } from "@/components/ui/text-link";
import { CALLS_PAGE_SIZE, listCalls } from "@/lib/audit/call-store";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "QA calls" };

export default async function CallsPage({ searchParams }: PageProps<"/history/calls">) {
  await requirePageCaller();
  const { page: pageParam } = await searchParams;
  const page = typeof pageParam === "string" && /^\d+$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1;
  const { calls, total } = await listCalls({ page });
  const pages = Math.max(1, Math.ceil(total / CALLS_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">QA calls</h1>
      <p className="text-sm">
        <TextLink href="/history">Sends</TextLink> · every call made with Send as-is or a suite, recorded before it left.
      </p>
      <p role="status" className="text-sm text-muted">
        {total} call{total === 1 ? "" : "s"} · page {page} of {pages}
      </p>
      <CallsTable calls={calls} />
      <Pagination page={page} pages={pages} href={(target) => `/history/calls?page=${target}`} />
    </div>
  );
}
