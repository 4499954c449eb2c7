import { FIELD_LABELS } from "@/lib/zim/field-labels";
import { ruleMessage } from "@/lib/zim/rule-message";
import { createSendSchema } from "@/lib/zim/send-schema";

import type { BulkRow } from "./bulk-table";

export type RowProblem = { rowNumber: number; field: string; message: string };

/** A row whose UserId an earlier row already sends from the same FromUserId. */
export const repeatProblem = (rowNumber: number): RowProblem => ({
  rowNumber,
  field: "UserId",
  message: ruleMessage("Repeated user ID for this FromUserId", 660800022),
});

/** The issue path of a one-target form, as the column of the list it came from. */
function fieldOf(path: readonly PropertyKey[]): string {
  if (path[0] === "friendInfos") {
    const [, , field, index, key] = path;
    if (field === "attributes" && typeof index === "number") return key === "key" ? "Attributes" : `k${index}`;
    return FIELD_LABELS[String(field)] ?? "UserId";
  }
  return FIELD_LABELS[String(path[0])] ?? String(path[0]);
}

/**
 * Checks every row with the send form's own schema (as a one-target call from its FromUserId), and
 * across rows: a UserId repeated for the same FromUserId fails as ZIM would fail it, unless the
 * operator chose to send repeats in separate calls.
 */
export function validateRows(
  rows: readonly BulkRow[],
  {
    separateRepeats,
    now = Date.now,
    seen = new Set<string>(),
  }: {
    separateRepeats: boolean;
    now?: () => number;
    /** FromUserId and UserId pairs of earlier rows: shared when a long list is checked in slices. */
    seen?: Set<string>;
  },
): RowProblem[] {
  const schema = createSendSchema({ batchLimit: 1, now });
  const problems: RowProblem[] = [];
  for (const { rowNumber, fromUserId, ...target } of rows) {
    const parsed = schema.safeParse({ fromUserId, reason: "", friendInfos: [target] });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ rowNumber, field: fieldOf(issue.path), message: issue.message });
    }
    const pair = JSON.stringify([fromUserId, target.userId]);
    if (seen.has(pair) && !separateRepeats && target.userId !== "") problems.push(repeatProblem(rowNumber));
    seen.add(pair);
  }
  return problems;
}
