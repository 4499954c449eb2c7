import "server-only";

import { protectedRoute } from "@/lib/auth/protected-route";

import { getJob, getJobProgress, type BulkJob } from "./job-store";
import type { JobView } from "./job-view";

type Context = { params: Promise<{ id: string }> };

/** A route about one job, for viewers and up; 404 for an unknown id. */
export function jobRoute(render: (job: BulkJob, request: Request) => Promise<Response>) {
  return protectedRoute<Context>("viewer", async (request, { params }) => {
    const job = await getJob((await params).id);
    return job ? render(job, request) : Response.json({ error: "No such job." }, { status: 404 });
  });
}

export async function viewJob(job: BulkJob): Promise<JobView> {
  const progress = await getJobProgress(job);
  return {
    id: job.id,
    status: job.status,
    operatorEmail: job.operatorEmail,
    environmentName: job.environmentName,
    production: job.production,
    reason: job.reason,
    totalRows: job.totalRows,
    totalChunks: job.totalChunks,
    retryOf: job.retryOf,
    approvedByEmail: job.approvedByEmail,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    counts: progress.counts,
    subCodes: progress.subCodes,
    calls: progress.calls,
    callsPerSecond: progress.callsPerSecond,
    events: progress.events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
  };
}
