import Link from "next/link";

import { CallsTable } from "@/components/history/calls-table";
import { CALLS_PAGE_SIZE, listCalls } from "@/lib/audit/call-store";
import { requirePageCaller } from "@/lib/auth/page-guard";

export default async function CallsPage({ searchParams }: PageProps<"/history/calls">) {
  await requirePageCaller();
  const { page: raw } = await searchParams;
  const page = typeof raw === "string" && /^\d+$/.test(raw) ? Math.max(1, Number(raw)) : 1;
  const { calls, total } = await listCalls({ page });
  const pages = Math.max(1, Math.ceil(total / CALLS_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">QA calls</h1>
      <p className="text-sm">
        <Link href="/history" className="text-sky-800 hover:underline">
          Sends
        </Link>{" "}
        · every call made with Send as-is or a suite, recorded before it left.
      </p>
      <p role="status" className="text-sm text-slate-700">
        {total} call{total === 1 ? "" : "s"} · page {page} of {pages}
      </p>
      <CallsTable calls={calls} />
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {page > 1 && (
          <Link href={`/history/calls?page=${page - 1}`} className="text-sky-800 hover:underline">
            Newer
          </Link>
        )}
        {page < pages && (
          <Link href={`/history/calls?page=${page + 1}`} className="text-sky-800 hover:underline">
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}
