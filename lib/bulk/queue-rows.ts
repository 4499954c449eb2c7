import "server-only";

import { randomUUID } from "node:crypto";

import { fail, ok, type Result } from "@/lib/result/result";

import type { BulkRow } from "./bulk-table";
import { createJob, type BulkJob } from "./job-store";
import { stageRows } from "./upload-store";

/** Queues rows the server already holds (a retry's) as a job, through an upload of their own. */
export async function queueRows({
  rows,
  caller,
  ...job
}: Omit<Parameters<typeof createJob>[0], "uploadId"> & { rows: readonly BulkRow[] }): Promise<Result<BulkJob>> {
  const uploadId = randomUUID();
  const staged = await stageRows({ uploadId, caller, rows });
  if (!staged.ok) return staged;
  const created = await createJob({ ...job, caller, uploadId });
  return created.status === "created" ? ok(created.job) : fail("The rows were queued already.");
}
