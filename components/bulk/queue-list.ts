import { createBulkJobAction, stageBulkRowsAction } from "@/app/bulk/actions";
import { isRefusal } from "@/lib/actions/action-result";
import type { BulkRow } from "@/lib/bulk/bulk-table";
import { UPLOAD_PART_ROWS } from "@/lib/bulk/create-job-schema";
import { packRows } from "@/lib/bulk/pack-rows";

type JobChoices = { environmentId: string; confirmation: string; reason: string; separateRepeats: boolean };

/**
 * Sends a checked list up in parts, the last with the job's choices, so that no request carries a
 * whole long list; `onSent` hears how many rows are up after each part.
 */
export async function queueList(rows: readonly BulkRow[], choices: JobChoices, onSent: (rows: number) => void) {
  const uploadId = crypto.randomUUID();
  const lastPart = Math.max(0, Math.ceil(rows.length / UPLOAD_PART_ROWS) - 1) * UPLOAD_PART_ROWS;
  for (let start = 0; start < lastPart; start += UPLOAD_PART_ROWS) {
    const part = rows.slice(start, start + UPLOAD_PART_ROWS);
    const staged = await stageBulkRowsAction({ uploadId, rows: packRows(part) });
    if (isRefusal(staged)) return staged;
    onSent(staged.staged);
  }
  return createBulkJobAction({ ...choices, uploadId, rows: packRows(rows.slice(lastPart)) });
}
