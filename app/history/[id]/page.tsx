import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AuditRecord } from "@/components/history/audit-record";
import { ResultView } from "@/components/results/result-view";
import { LocalTime } from "@/components/time/local-time";
import { Panel } from "@/components/ui/notice";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import type { SendRecord } from "@/lib/audit/send-record";
import { getSend } from "@/lib/audit/send-store";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";

const PANEL_TITLES: Partial<Record<SendRecord["status"], string>> = {
  unknown: "Outcome unknown",
  unrecorded: "Sent, result not recorded",
};

const UNRECORDED =
  "The call reached ZIM, but its answer could not be written to the audit record. Do not send it again from here: check the targets (for example with QueryFriendList) first.";

const UNKNOWN_OUTCOME =
  "The server stopped while this send was in flight: ZIM may or may not have received it. Check the targets (for example with QueryFriendList) before sending again.";

export const metadata: Metadata = { title: "Send record" };

export default async function SendDetailPage({ params }: PageProps<"/history/[id]">) {
  const caller = await requirePageCaller();
  const { id } = await params;
  const record = /^[0-9a-f-]{36}$/.test(id) ? await getSend(id) : undefined;
  if (!record) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        Send of <LocalTime value={record.createdAt} seconds />
      </h1>
      <AuditRecord record={record}>
        <dt className="text-muted">FromUserId</dt>
        <dd className="font-mono">{record.fromUserId}</dd>
        <dt className="text-muted">Reason</dt>
        <dd>{record.reason || "—"}</dd>
        {record.retryOf && (
          <>
            <dt className="text-muted">Retry of</dt>
            <dd>
              <TextLink href={`/history/${record.retryOf}`}>the original send</TextLink>
            </dd>
          </>
        )}
        {record.jobId && (
          <>
            <dt className="text-muted">Bulk job</dt>
            <dd>
              <TextLink href={`/bulk/${record.jobId}`}>a call of job {record.jobId.slice(0, 8)}</TextLink>
            </dd>
          </>
        )}
      </AuditRecord>
      {record.outcome ? (
        <ResultView outcome={record.outcome} input={hasRole(caller.role, "operator") ? record.input : undefined} />
      ) : (
        <Panel tone="warning" role="alert">
          <h2 className="text-lg font-semibold">{PANEL_TITLES[record.status] ?? "In flight"}</h2>
          <p className="mt-1 text-sm">
            {record.status === "unknown"
              ? UNKNOWN_OUTCOME
              : record.status === "unrecorded"
                ? UNRECORDED
                : "This send has left and its answer has not been recorded yet. Reload in a moment."}
          </p>
          <p className="mt-1 text-sm">
            Targets: <span className="font-mono">{record.input.friendInfos.map((target) => target.userId).join(", ")}</span>
          </p>
          <p className="mt-2 text-sm">
            <DownloadLink href={`/history/${record.id}/json`}>Export JSON</DownloadLink>
          </p>
        </Panel>
      )}
    </div>
  );
}
