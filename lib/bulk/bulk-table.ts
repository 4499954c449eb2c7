import Papa from "papaparse";

import { columnForHeader, squashHeader, type TargetColumn } from "@/lib/spreadsheet/target-columns";
import { ATTRIBUTE_KEYS, isAttributeKey } from "@/lib/zim/limits";

import type { RowInput } from "./job-types";

export type BulkColumn = TargetColumn | "fromUserId" | "createTime" | "updateTime";

/** The bulk list's own columns, on top of the grid's (UserId, Wording, FriendAlias, k0..k4). */
const BULK_ONLY: Record<string, BulkColumn> = {
  fromuserid: "fromUserId",
  from: "fromUserId",
  sender: "fromUserId",
  createtime: "createTime",
  updatetime: "updateTime",
};

export function bulkColumnForHeader(cell: string): BulkColumn | undefined {
  return BULK_ONLY[squashHeader(cell)] ?? columnForHeader(cell);
}

/** One data row of the list, numbered as a spreadsheet shows it (the header is row 1). */
export type BulkRow = RowInput & { rowNumber: number };

export type BulkTable = {
  rows: BulkRow[];
  /** Header cells that name no column: reported, their values not sent. */
  unknownColumns: string[];
  /** Why the list cannot be read at all (no UserId column, nothing but a header). */
  problem?: string;
};

/**
 * Reads a CSV or tab-separated list whose first line names its columns, in any case. Rows with a
 * blank FromUserId take `fromUserIdForAll`. Parsing is papaparse's, delimiter detected.
 */
export function readBulkTable(text: string, { fromUserIdForAll = "" }: { fromUserIdForAll?: string } = {}): BulkTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy", delimiter: "" });
  const [header = [], ...body] = parsed.data;
  const columns = header.map((cell) => bulkColumnForHeader(cell.trim()));
  const unknownColumns = header.filter((cell, index) => cell.trim() !== "" && columns[index] === undefined);
  if (!columns.includes("userId")) {
    return { rows: [], unknownColumns, problem: "The first line must name the columns, with at least one called UserId." };
  }
  const rows = body.map((cells, index) => toRow(cells, columns, index + 2, fromUserIdForAll.trim()));
  if (rows.length === 0) return { rows, unknownColumns, problem: "The list has a header but no rows." };
  return { rows, unknownColumns };
}

function toRow(cells: string[], columns: (BulkColumn | undefined)[], rowNumber: number, fromUserIdForAll: string): BulkRow {
  const row: BulkRow = {
    rowNumber,
    fromUserId: "",
    userId: "",
    wording: "",
    friendAlias: "",
    createTime: "",
    updateTime: "",
    attributes: [],
  };
  const attributes = new Map<string, string>();
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (column === undefined) return;
    if (isAttributeKey(column)) {
      if (cell !== "") attributes.set(column, cell);
    } else {
      row[column] = column === "userId" || column === "fromUserId" || column.endsWith("Time") ? cell.trim() : cell;
    }
  });
  row.attributes = ATTRIBUTE_KEYS.flatMap((key) => {
    const value = attributes.get(key);
    return value === undefined ? [] : [{ key, value }];
  });
  if (row.fromUserId === "") row.fromUserId = fromUserIdForAll;
  return row;
}

const CSV_HEADER = ["FromUserId", "UserId", "Wording", "FriendAlias", "CreateTime", "UpdateTime", ...ATTRIBUTE_KEYS];

/** The input columns of a row, in the order of the example file, for CSVs the user downloads. */
export function rowCells(row: RowInput): string[] {
  const attribute = (key: string) => row.attributes.find((entry) => entry.key === key)?.value ?? "";
  return [
    row.fromUserId,
    row.userId,
    row.wording,
    row.friendAlias,
    row.createTime,
    row.updateTime,
    ...ATTRIBUTE_KEYS.map(attribute),
  ];
}

export const INPUT_COLUMNS: readonly string[] = CSV_HEADER;
