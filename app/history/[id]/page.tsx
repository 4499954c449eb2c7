import Link from "next/link";
import { notFound } from "next/navigation";

import { ResultView } from "@/components/results/result-view";
import { getSend } from "@/lib/audit/send-store";
import { canAct, requirePageCaller } from "@/lib/auth/page-guard";

export default async function SendDetailPage({ params }: PageProps<"/history/[id]">) {
  const caller = await requirePageCaller();
  const { id } = await params;
  const record = /^[0-9a-f-]{36}$/.test(id) ? await getSend(id) : undefined;
  if (!record) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Send of {new Date(record.createdAt).toLocaleString()}</h1>
      <dl aria-label="Audit record" className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
        <dt className="text-slate-600">Operator</dt>
        <dd>{record.operatorEmail}</dd>
        <dt className="text-slate-600">Environment</dt>
        <dd>
          {record.environmentName} · AppId {record.appId}
          {record.production && <strong className="ml-1 text-red-700">production</strong>}
        </dd>
        <dt className="text-slate-600">FromUserId</dt>
        <dd className="font-mono">{record.fromUserId}</dd>
        <dt className="text-slate-600">Reason</dt>
        <dd>{record.reason || "—"}</dd>
        {record.retryOf && (
          <>
            <dt className="text-slate-600">Retry of</dt>
            <dd>
              <Link href={`/history/${record.retryOf}`} className="text-sky-800 hover:underline">
                the original send
              </Link>
            </dd>
          </>
        )}
      </dl>
      {record.outcome ? (
        <ResultView outcome={record.outcome} input={canAct(caller, "operator") ? record.input : undefined} />
      ) : (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 className="text-lg font-semibold">{record.status === "unknown" ? "Outcome unknown" : "In flight"}</h2>
          <p className="mt-1 text-sm">
            {record.status === "unknown"
              ? "The server stopped while this send was in flight: ZIM may or may not have received it. Check the targets (for example with QueryFriendList) before sending again."
              : "This send has left and its answer has not been recorded yet. Reload in a moment."}
          </p>
          <p className="mt-1 text-sm">
            Targets: <span className="font-mono">{record.input.friendInfos.map((target) => target.userId).join(", ")}</span>
          </p>
          <p className="mt-2 text-sm">
            <a href={`/history/${record.id}/json`} className="text-sky-800 hover:underline">
              Export JSON
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
