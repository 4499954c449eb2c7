"use client";

import { useEffect, useState } from "react";

import { readBulkTable, type BulkTable } from "@/lib/bulk/bulk-table";
import { validateRows, type RowProblem } from "@/lib/bulk/validate-rows";

/** Rows checked per slice before the page gets the main thread back. */
const SLICE = 5000;

export type CheckedList = {
  table: BulkTable;
  /** Problems by row number; a row with any is left out of the job. */
  problems: Map<number, RowProblem[]>;
  problemCount: number;
  checking: boolean;
  /** Parse and check time of the whole list. */
  checkedInMs: number | null;
};

const EMPTY: CheckedList = {
  table: { rows: [], unknownColumns: [] },
  problems: new Map(),
  problemCount: 0,
  checking: false,
  checkedInMs: null,
};

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads the list and checks every row with the send form's rules, in slices that leave the page
 * responsive on a 100,000-row list. A newer input cancels a check under way.
 */
export function useCheckedList({
  text,
  fromUserIdForAll,
  separateRepeats,
}: {
  text: string;
  fromUserIdForAll: string;
  separateRepeats: boolean;
}): CheckedList {
  const [checked, setChecked] = useState<CheckedList>(EMPTY);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (text.trim() === "") {
        setChecked(EMPTY);
        return;
      }
      const started = performance.now();
      setChecked((current) => ({ ...current, checking: true }));
      await nextTask();
      const table = readBulkTable(text, { fromUserIdForAll });
      const problems = new Map<number, RowProblem[]>();
      const seen = new Set<string>();
      let problemCount = 0;
      for (let start = 0; start < table.rows.length; start += SLICE) {
        if (cancelled) return;
        for (const problem of validateRows(table.rows.slice(start, start + SLICE), { separateRepeats, seen })) {
          const list = problems.get(problem.rowNumber) ?? [];
          list.push(problem);
          problems.set(problem.rowNumber, list);
          problemCount += 1;
        }
        await nextTask();
      }
      if (cancelled) return;
      setChecked({ table, problems, problemCount, checking: false, checkedInMs: Math.round(performance.now() - started) });
    })();
    return () => {
      cancelled = true;
    };
  }, [text, fromUserIdForAll, separateRepeats]);

  return checked;
}
