"use client";

import { useQuery } from "@tanstack/react-query";

import { LocalTime } from "@/components/time/local-time";
import { Notice } from "@/components/ui/notice";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import { isActive, isLive, type JobView } from "@/lib/bulk/job-view";

import { fetchJson } from "./fetch-json";
import { JobControls } from "./job-controls";
import { JobProgress } from "./job-progress";
import { JobRetry } from "./job-retry";
import { JobRows } from "./job-rows";

/** The job as it runs: polled every second while active, the same for every operator who opens it. */
export function JobMonitor({ initial, canControl, isAdmin }: { initial: JobView; canControl: boolean; isAdmin: boolean }) {
  const { data: job = initial, error } = useQuery({
    queryKey: ["bulk-job", initial.id],
    queryFn: () => fetchJson<JobView>(`/bulk/${initial.id}/progress`),
    initialData: initial,
    refetchInterval: (query) => (query.state.data && isLive(query.state.data) ? 1000 : false),
  });
  const live = isLive(job);
  const retryable = job.counts.failed + job.counts.unknown > 0 && !isActive(job.status) && !live;

  return (
    <>
      <p className="text-sm">
        Status: <strong data-testid="job-status">{job.status}</strong>
        {" · "}
        {job.environmentName}
        {job.production && " (production)"} · by {job.operatorEmail}
        {job.approvedByEmail && ` · approved by ${job.approvedByEmail}`}
        {job.retryOf && (
          <>
            {" · retries "}
            <TextLink href={`/bulk/${job.retryOf}`}>job {job.retryOf.slice(0, 8)}</TextLink>
          </>
        )}
      </p>
      {job.status === "awaiting-approval" && (
        <Notice tone="warning" className="mt-2">
          This production job waits for a second admin&apos;s approval before any call leaves.
        </Notice>
      )}
      {job.counts.unknown > 0 && (
        <Notice tone="warning" className="mt-2">
          {job.counts.unknown} rows have outcome unknown: their call went out while the server stopped, and its answer was lost.
          The app will not send them again by itself. Filter the rows by &quot;unknown&quot; to list them.
        </Notice>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {error.message}
        </p>
      )}
      <JobProgress job={job} />
      <div className="mt-3 flex flex-wrap items-center gap-4">
        {canControl && <JobControls jobId={job.id} status={job.status} />}
        <DownloadLink href={`/bulk/${job.id}/export`}>Export rows (CSV)</DownloadLink>
      </div>
      <JobRows jobId={job.id} live={live} subCodes={job.subCodes.map((entry) => entry.subCode)} />
      {canControl && retryable && (
        <JobRetry jobId={job.id} production={job.production} isAdmin={isAdmin} unknownRows={job.counts.unknown} />
      )}
      <section aria-labelledby="events-heading" className="mt-6">
        <h2 id="events-heading" className="text-lg font-semibold">
          Audit trail
        </h2>
        <ol className="mt-1 text-sm">
          {job.events.map((event, index) => (
            <li key={index}>
              <LocalTime value={event.createdAt} seconds /> · {event.kind} · {event.actorEmail}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
