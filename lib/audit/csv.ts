import { stringify } from "csv-stringify/sync";

/** Characters that make a spreadsheet read a cell as a formula, their full-width forms included. */
export const FORMULA_LEADS = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"] as const;

/**
 * The one CSV writer of every export. User IDs such as `=1+1` or `@SUM(1)` are valid in ZIM, so a
 * cell that starts like a formula is prefixed with `'`, as spreadsheets expect, and shown as text.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return stringify(rows as (string | number)[][], { escape_formulas: true });
}
