import { toCsv } from "@/lib/audit/csv";
import { exportFileName } from "@/lib/audit/export-file-name";
import { INPUT_COLUMNS, rowCells } from "@/lib/bulk/bulk-table";
import { jobRoute } from "@/lib/bulk/job-routes";
import { allJobRows } from "@/lib/bulk/job-store";
import { describeRowOutcome } from "@/lib/bulk/row-outcome-text";

const HEADER = ["Row", ...INPUT_COLUMNS, "Outcome", "SubCode", "Meaning", "What to do", "RequestId", "SentAtUtc"];

/** Every row of the job with how it ended, streamed page by page so a 100,000-row job stays lean. */
export const GET = jobRoute(async (job) => {
  const encoder = new TextEncoder();
  const pages = allJobRows(job.id);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsv([HEADER])));
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) return controller.close();
      const lines = next.value.map((row) => {
        const { meaning, action } = describeRowOutcome(row);
        return [
          row.rowNumber,
          ...rowCells(row.input),
          row.outcome,
          row.subCode ?? "",
          meaning,
          action,
          row.requestId ?? "",
          row.sentAt?.toISOString() ?? "",
        ];
      });
      controller.enqueue(encoder.encode(toCsv(lines)));
    },
  });
  const fileName = exportFileName({ kind: "job", id: job.id, ticket: job.reason, requestId: null, extension: "csv" });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
});
