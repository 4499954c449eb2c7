"use client";

import Papa from "papaparse";

import { Button } from "@/components/ui/button";
import { INPUT_COLUMNS, rowCells, type BulkRow } from "@/lib/bulk/bulk-table";
import type { RowProblem } from "@/lib/bulk/validate-rows";

import { describeProblem } from "./preview-table";

/** A formula lead in any width, as the server's CSV writer escapes them (lib/audit/csv.ts). */
const FORMULA_LEAD = /^[=+\-@\t\r＝＋－＠]/;

/** Downloads the rows left out of the job, with their problems, to fix and load again. */
export function ProblemRowsButton({ rows, problems }: { rows: readonly BulkRow[]; problems: Map<number, RowProblem[]> }) {
  function download() {
    const body = rows.flatMap((row) => {
      const rowProblems = problems.get(row.rowNumber);
      return rowProblems ? [[String(row.rowNumber), ...rowCells(row), rowProblems.map(describeProblem).join("; ")]] : [];
    });
    const csv = Papa.unparse({ fields: ["Row", ...INPUT_COLUMNS, "Problems"], data: body }, { escapeFormulae: FORMULA_LEAD });
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "bulk-rows-with-problems.csv";
    link.click();
    URL.revokeObjectURL(url);
  }
  return <Button onClick={download}>Download rows with problems</Button>;
}
