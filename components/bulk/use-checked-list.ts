"use client";

import { useEffect, useState } from "react";

import { readBulkTable, type BulkTable } from "@/lib/bulk/bulk-table";
import { checkList, type CheckListRequest } from "@/lib/bulk/check-list";
import { validateRows, type RowProblem } from "@/lib/bulk/validate-rows";

/** Rows checked per slice before the page gets the main thread back, when no worker can run. */
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

type Checked = ReturnType<typeof checkList>;

const EMPTY: CheckedList = {
  table: { rows: [], unknownColumns: [] },
  problems: new Map(),
  problemCount: 0,
  checking: false,
  checkedInMs: null,
};

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The whole check in a Web Worker: the page stays responsive and the check runs at full speed. */
function checkInWorker(request: CheckListRequest): { result: Promise<Checked>; stop: () => void } | undefined {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./check-list.worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
  const result = new Promise<Checked>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Checked>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || "the check worker failed"));
    };
  });
  worker.postMessage(request);
  return { result, stop: () => worker.terminate() };
}

/** The same check on the page's thread, in slices that leave it responsive. */
async function checkOnPage(request: CheckListRequest, cancelled: () => boolean): Promise<Checked | undefined> {
  await nextTask();
  const table = readBulkTable(request.text, { fromUserIdForAll: request.fromUserIdForAll });
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (let start = 0; start < table.rows.length; start += SLICE) {
    if (cancelled()) return undefined;
    problems.push(...validateRows(table.rows.slice(start, start + SLICE), { separateRepeats: request.separateRepeats, seen }));
    await nextTask();
  }
  return { table, problems };
}

function byRow(problems: readonly RowProblem[]): Map<number, RowProblem[]> {
  const rows = new Map<number, RowProblem[]>();
  for (const problem of problems) {
    const list = rows.get(problem.rowNumber) ?? [];
    list.push(problem);
    rows.set(problem.rowNumber, list);
  }
  return rows;
}

/**
 * Reads the list and checks every row with the send form's rules, in a worker (or, failing that,
 * in slices on the page) so the page stays responsive on a 100,000-row list. A newer input cancels
 * a check under way.
 */
export function useCheckedList({ text, fromUserIdForAll, separateRepeats }: CheckListRequest): CheckedList {
  const [checked, setChecked] = useState<CheckedList>(EMPTY);

  useEffect(() => {
    let cancelled = false;
    let stopWorker = () => {};
    void (async () => {
      if (text.trim() === "") {
        setChecked(EMPTY);
        return;
      }
      const started = performance.now();
      setChecked((current) => ({ ...current, checking: true }));
      const request = { text, fromUserIdForAll, separateRepeats };
      const inWorker = checkInWorker(request);
      if (inWorker) stopWorker = inWorker.stop;
      const done = await (inWorker?.result.catch(() => undefined) ?? Promise.resolve(undefined)).then(
        (answer) => answer ?? (cancelled ? undefined : checkOnPage(request, () => cancelled)),
      );
      if (cancelled || !done) return;
      setChecked({
        table: done.table,
        problems: byRow(done.problems),
        problemCount: done.problems.length,
        checking: false,
        checkedInMs: Math.round(performance.now() - started),
      });
    })();
    return () => {
      cancelled = true;
      stopWorker();
    };
  }, [text, fromUserIdForAll, separateRepeats]);

  return checked;
}
