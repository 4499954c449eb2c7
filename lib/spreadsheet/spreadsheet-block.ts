import Papa from "papaparse";

import { columnForHeader, isAttributeColumn, TARGET_COLUMNS, type TargetColumn } from "./target-columns";

/** One pasted row as the grid columns it fills; attributes by key. */
export type BlockRow = Partial<Record<TargetColumn, string>>;

export type SpreadsheetBlock = {
  cells: string[][];
  /** The first line names known columns (UserId, Wording…): offered as a header to skip. */
  headerColumns?: (TargetColumn | undefined)[];
  /** Header cells that name no column, reported rather than silently dropped. */
  unknownHeaders: string[];
};

/**
 * Reads a block copied from Sheets or Excel: tab-separated, quoted cells may hold tabs and line
 * breaks. Text without a tab is one column, split per line (or by commas and spaces on one line).
 */
export function readBlock(text: string): SpreadsheetBlock {
  const cells = text.includes("\t") ? parseTabSeparated(text) : splitSingleColumn(text).map((cell) => [cell]);
  const first = cells[0] ?? [];
  const named = first.map((cell) => columnForHeader(cell.trim()));
  const looksLikeHeader = cells.length > 0 && named.some((column) => column !== undefined);
  if (!looksLikeHeader) return { cells, unknownHeaders: [] };
  const unknownHeaders = first.filter((cell, index) => cell.trim() !== "" && named[index] === undefined);
  return { cells, headerColumns: named, unknownHeaders };
}

function parseTabSeparated(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ""), { delimiter: "\t", skipEmptyLines: "greedy" });
  return parsed.data;
}

/** One per line when the text has line breaks (IDs may hold spaces and commas), else split on both. */
function splitSingleColumn(text: string): string[] {
  const entries = /[\r\n]/.test(text) ? text.split(/\r?\n|\r/) : text.split(/[\s,]+/);
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== "");
}

/**
 * Turns the block into rows. With `skipHeader` and a detected header, columns follow the header's
 * names; otherwise they are positional, starting at `firstColumn` (the grid column pasted into).
 */
export function blockRows(
  block: SpreadsheetBlock,
  { skipHeader, firstColumn = "userId" }: { skipHeader: boolean; firstColumn?: TargetColumn },
): BlockRow[] {
  const useHeader = skipHeader && block.headerColumns !== undefined;
  const offset = TARGET_COLUMNS.indexOf(firstColumn);
  const columns = useHeader ? (block.headerColumns ?? []) : block.cells[0]?.map((_, index) => TARGET_COLUMNS[offset + index]);
  const body = useHeader ? block.cells.slice(1) : block.cells;
  return body
    .map((cells) => {
      const row: BlockRow = {};
      cells.forEach((cell, index) => {
        const column = columns?.[index];
        if (column === undefined) return;
        row[column] = column === "userId" ? cell.trim() : cell;
      });
      return row;
    })
    .filter((row) => Object.values(row).some((value) => value !== undefined && value !== ""));
}

/** The attribute cells of a row, in key order; an empty cell sets no attribute. */
export function rowAttributes(row: BlockRow): { key: string; value: string }[] {
  return TARGET_COLUMNS.filter(isAttributeColumn).flatMap((key) => (row[key] ? [{ key, value: row[key] }] : []));
}
