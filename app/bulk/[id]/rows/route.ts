import { jobRoute } from "@/lib/bulk/job-routes";
import { listJobRows } from "@/lib/bulk/job-store";
import { isRowOutcome } from "@/lib/bulk/job-types";
import type { JobRowView } from "@/lib/bulk/job-view";

/** A page of the job's rows: `?outcome=failed&subCode=660700015&page=2`. */
export const GET = jobRoute(async (job, request) => {
  const params = new URL(request.url).searchParams;
  const outcome = params.get("outcome") ?? "";
  const subCode = params.get("subCode") ?? "";
  const page = Number(params.get("page") ?? "1");
  const { rows, total } = await listJobRows(job.id, {
    outcome: isRowOutcome(outcome) ? outcome : undefined,
    subCode: /^\d{1,15}$/.test(subCode) ? Number(subCode) : undefined,
    page: Number.isInteger(page) && page > 0 && page <= 100_000 ? page : 1,
  });
  const views: JobRowView[] = rows.map((row) => ({
    rowNumber: row.rowNumber,
    fromUserId: row.input.fromUserId,
    userId: row.input.userId,
    outcome: row.outcome,
    subCode: row.subCode,
    requestId: row.requestId,
    sendId: row.sendId,
  }));
  return Response.json({ rows: views, total }, { headers: { "cache-control": "no-store" } });
});
