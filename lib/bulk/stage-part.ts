import "server-only";

import type { InvalidResult, Refusal } from "@/lib/actions/action-result";
import { inBackgroundTurn } from "@/lib/runtime/background-work";
import { timeStep } from "@/lib/timing/step-timer";

import type { BulkRow } from "./bulk-table";
import { stageRows, type UploadPart } from "./upload-store";
import { validateRows, type RowProblem } from "./validate-rows";

/** Refuses a list for its rows' problems, naming the first few. */
export function refuseRows(problems: readonly RowProblem[]): InvalidResult {
  const shown = problems.slice(0, 5).map((problem) => `row ${problem.rowNumber} ${problem.field}: ${problem.message}`);
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
  return { status: "invalid", issues: [{ path: "rows", message: `Nothing was queued. ${shown.join("; ")}${more}.` }] };
}

/** Rows checked in one background turn: a few milliseconds of the server's thread. */
const CHECK_SLICE = 500;

/** The rows' problems, checked a slice at a time so that other work runs in between. */
async function checkInSlices(rows: readonly BulkRow[]): Promise<RowProblem[]> {
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (let start = 0; start < rows.length; start += CHECK_SLICE) {
    const slice = rows.slice(start, start + CHECK_SLICE);
    problems.push(...(await inBackgroundTurn(() => validateRows(slice, { separateRepeats: true, seen }))));
  }
  return problems;
}

/**
 * Checks a part of a list with the send form's rules and adds it to its upload; answers how many
 * rows the upload now holds. Repeats across parts are checked once the whole list is up.
 */
export async function stagePart({ uploadId, caller, rows }: UploadPart): Promise<{ status: "staged"; staged: number } | Refusal> {
  const problems = await timeStep("rowChecks", () => checkInSlices(rows));
  if (problems.length > 0) return refuseRows(problems);
  const staged = await timeStep("jobWrite", () => stageRows({ uploadId, caller, rows }));
  if (!staged.ok) return { status: "failed", message: staged.error };
  return { status: "staged", staged: staged.value };
}
