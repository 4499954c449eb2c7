import "server-only";

import type { InvalidResult, Refusal } from "@/lib/actions/action-result";
import { timeStep } from "@/lib/timing/step-timer";

import { stageRows, type UploadPart } from "./upload-store";
import { validateRows, type RowProblem } from "./validate-rows";

/** Refuses a list for its rows' problems, naming the first few. */
export function refuseRows(problems: readonly RowProblem[]): InvalidResult {
  const shown = problems.slice(0, 5).map((problem) => `row ${problem.rowNumber} ${problem.field}: ${problem.message}`);
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
  return { status: "invalid", issues: [{ path: "rows", message: `Nothing was queued. ${shown.join("; ")}${more}.` }] };
}

/**
 * Checks a part of a list with the send form's rules and adds it to its upload; answers how many
 * rows the upload now holds. Repeats across parts are checked once the whole list is up.
 */
export async function stagePart({ uploadId, caller, rows }: UploadPart): Promise<{ status: "staged"; staged: number } | Refusal> {
  const problems = await timeStep("rowChecks", async () => validateRows(rows, { separateRepeats: true }));
  if (problems.length > 0) return refuseRows(problems);
  const staged = await timeStep("jobWrite", () => stageRows({ uploadId, caller, rows }));
  if (!staged.ok) return { status: "failed", message: staged.error };
  return { status: "staged", staged: staged.value };
}
