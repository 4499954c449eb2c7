import { readBulkTable, type BulkTable } from "./bulk-table";
import { validateRows, type RowProblem } from "./validate-rows";

export type CheckListRequest = { text: string; fromUserIdForAll: string; separateRepeats: boolean };

/** Reads a pasted or uploaded list and checks every row: what the bulk page's preview shows. */
export function checkList({ text, fromUserIdForAll, separateRepeats }: CheckListRequest): {
  table: BulkTable;
  problems: RowProblem[];
} {
  const table = readBulkTable(text, { fromUserIdForAll });
  return { table, problems: validateRows(table.rows, { separateRepeats }) };
}
