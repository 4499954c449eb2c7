import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CodeLink } from "@/components/codes/code-link";
import { AuditRecord } from "@/components/history/audit-record";
import { CALL_STATUS_LABEL } from "@/components/history/calls-table";
import { RequestInspector } from "@/components/results/request-inspector";
import { LocalTime } from "@/components/time/local-time";
import { Panel } from "@/components/ui/notice";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { getCall } from "@/lib/audit/call-store";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "QA call record" };

export default async function CallDetailPage({ params }: PageProps<"/history/calls/[id]">) {
  await requirePageCaller();
  const { id } = await params;
  const call = /^[0-9a-f-]{36}$/.test(id) ? await getCall(id) : undefined;
  if (!call) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {call.action} call of <LocalTime value={call.createdAt} seconds />
      </h1>
      <p className="text-sm">
        <TextLink href="/history/calls">All QA calls</TextLink> ·{" "}
        <DownloadLink href={`/history/calls/${call.id}/json`}>Export JSON</DownloadLink>
      </p>
      <AuditRecord record={call}>
        <dt className="text-muted">Tool</dt>
        <dd>
          {call.source === "as-is" ? "Send as-is" : "Suite"}
          {call.probe !== "none" && ` · probe ${call.probe}`}
        </dd>
        <dt className="text-muted">Reason</dt>
        <dd>{call.reason || "—"}</dd>
        <dt className="text-muted">FromUserId</dt>
        <dd className="font-mono">{call.fromUserId || "—"}</dd>
        <dt className="text-muted">Outcome</dt>
        <dd>{CALL_STATUS_LABEL[call.status]}</dd>
        <dt className="text-muted">Code</dt>
        <dd>{call.code === null ? "—" : <CodeLink code={call.code} />}</dd>
        <dt className="text-muted">RequestId</dt>
        <dd className="font-mono break-all">{call.requestId ?? "—"}</dd>
      </AuditRecord>
      {call.call ? (
        <RequestInspector call={call.call} />
      ) : (
        <Panel tone="warning">
          <p className="text-sm">
            {call.status === "unknown"
              ? "The server stopped while this call was in flight: ZIM may or may not have received it."
              : "No answer recorded yet."}
          </p>
          <p className="mt-1 font-mono text-xs break-all">
            {call.request.method} {call.request.url}
          </p>
        </Panel>
      )}
    </div>
  );
}
