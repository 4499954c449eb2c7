import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { JobMonitor } from "@/components/bulk/job-monitor";
import { TextLink } from "@/components/ui/text-link";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { viewJob } from "@/lib/bulk/job-routes";
import { getJob } from "@/lib/bulk/job-store";

export const metadata: Metadata = { title: "Bulk job" };

export default async function BulkJobPage({ params }: PageProps<"/bulk/[id]">) {
  const caller = await requirePageCaller();
  const job = await getJob((await params).id);
  if (!job) notFound();
  return (
    <>
      <p className="text-sm">
        <TextLink href="/bulk">Bulk sends</TextLink>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">
        Job <span className="font-mono">{job.id.slice(0, 8)}</span>
        {job.reason && <span className="ml-2 text-lg font-normal text-muted">{job.reason}</span>}
      </h1>
      <JobMonitor
        initial={await viewJob(job)}
        canControl={hasRole(caller.role, "operator")}
        isAdmin={hasRole(caller.role, "admin")}
      />
    </>
  );
}
