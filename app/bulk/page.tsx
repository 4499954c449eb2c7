import type { Metadata } from "next";

import { BulkComposer } from "@/components/bulk/bulk-composer";
import { JobList } from "@/components/bulk/job-list";
import { DownloadLink } from "@/components/ui/text-link";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { listJobs } from "@/lib/bulk/job-store";
import { getServerConfig } from "@/lib/config/env";
import { callIntervalMs } from "@/lib/pacing/pacer";

export const metadata: Metadata = { title: "Bulk" };

export default async function BulkPage() {
  const caller = await requirePageCaller();
  const { batchLimit, rateLimit, bulkApprovalThreshold } = getServerConfig();
  const jobs = await listJobs();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Bulk sends</h1>
      <p className="mb-4 max-w-prose text-sm text-muted">
        Send friend requests to a list of any size: each row is checked with the send form&apos;s rules, the list is split into
        calls of {batchLimit} targets per FromUserId, and the calls run as a job in the background, paced with every other call of
        this app under {rateLimit} calls per second. See the{" "}
        <DownloadLink href="/examples/bulk-example.csv" download>
          example file
        </DownloadLink>
        .
      </p>
      {hasRole(caller.role, "operator") ? (
        <BulkComposer
          batchLimit={batchLimit}
          bulkCallsPerSecond={1000 / callIntervalMs({ rateLimit })}
          approvalThreshold={bulkApprovalThreshold}
          isAdmin={hasRole(caller.role, "admin")}
        />
      ) : (
        <p role="note" className="text-sm">
          Your role ({caller.role}) can follow jobs but not create or control them.
        </p>
      )}
      <div className="mt-8">
        <JobList jobs={jobs} />
      </div>
    </>
  );
}
