import "server-only";

import { and, asc, eq, inArray } from "drizzle-orm";

import { getDb } from "@/lib/db/client";
import { bulkRow } from "@/lib/db/schema";
import { describeCode } from "@/lib/zim/code-catalog";

import type { BulkRow } from "./bulk-table";

/**
 * The rows of a job worth sending again: failed with a retryable code (the catalog says which),
 * and, only when the operator asks, rows whose outcome is unknown (they may have been sent).
 */
export async function rowsToRetry({ jobId, includeUnknown }: { jobId: string; includeUnknown: boolean }): Promise<BulkRow[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(bulkRow)
    .where(and(eq(bulkRow.jobId, jobId), inArray(bulkRow.outcome, includeUnknown ? ["failed", "unknown"] : ["failed"])))
    .orderBy(asc(bulkRow.rowNumber));
  return rows
    .filter((row) => row.outcome === "unknown" || (row.subCode !== null && describeCode(row.subCode).retryable))
    .map((row) => ({ ...row.input, rowNumber: row.rowNumber }));
}
