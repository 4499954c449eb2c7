"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, useState } from "react";

import type { BulkRow } from "@/lib/bulk/bulk-table";
import type { RowProblem } from "@/lib/bulk/validate-rows";

const ROW_HEIGHT = 32;
const COLUMNS = ["Row", "FromUserId", "UserId", "Wording", "FriendAlias", "Attributes", "Problems"] as const;
const GRID = "grid grid-cols-[4rem_9rem_9rem_minmax(8rem,1fr)_8rem_8rem_minmax(12rem,1.5fr)] gap-2 px-2";

/** Every row of the list, checked, in a virtualised table that stays smooth at 100,000 rows. */
export function PreviewTable({ rows, problems }: { rows: readonly BulkRow[]; problems: Map<number, RowProblem[]> }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const shown = useMemo(
    () => (onlyProblems ? rows.filter((row) => problems.has(row.rowNumber)) : rows),
    [rows, problems, onlyProblems],
  );
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself; the compiler leaving it unmemoized is what it needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <section aria-labelledby="preview-heading" className="mt-4">
      <div className="mb-1 flex flex-wrap items-center gap-4">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
          Only rows with problems
        </label>
        <span className="text-xs text-muted">
          {shown.length.toLocaleString()} of {rows.length.toLocaleString()} rows shown
        </span>
      </div>
      <div
        role="table"
        aria-label="Rows of the list"
        aria-rowcount={shown.length + 1}
        className="rounded border border-border text-xs"
      >
        <div role="rowgroup" className="border-b border-border bg-subtle font-medium">
          <div role="row" aria-rowindex={1} className={`${GRID} py-1`}>
            {COLUMNS.map((column) => (
              <span role="columnheader" key={column}>
                {column}
              </span>
            ))}
          </div>
        </div>
        <div ref={scroller} tabIndex={0} role="rowgroup" aria-label="List rows, scrollable" className="h-[24rem] overflow-auto">
          <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index];
              if (!row) return null;
              const rowProblems = problems.get(row.rowNumber);
              return (
                <div
                  role="row"
                  aria-rowindex={item.index + 2}
                  key={row.rowNumber}
                  className={`${GRID} absolute left-0 right-0 items-center border-b border-border ${rowProblems ? "bg-danger-soft" : ""}`}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  <span role="cell" className="font-mono">
                    {row.rowNumber}
                  </span>
                  <span role="cell" className="truncate font-mono">
                    {row.fromUserId}
                  </span>
                  <span role="cell" className="truncate font-mono">
                    {row.userId}
                  </span>
                  <span role="cell" className="truncate">
                    {row.wording}
                  </span>
                  <span role="cell" className="truncate">
                    {row.friendAlias}
                  </span>
                  <span role="cell" className="truncate font-mono">
                    {row.attributes.map(({ key, value }) => `${key}=${value}`).join(" ")}
                  </span>
                  <span role="cell" className="truncate text-danger" title={rowProblems?.map(describeProblem).join("\n")}>
                    {rowProblems?.map(describeProblem).join("; ") ?? ""}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}

export function describeProblem({ field, message }: RowProblem): string {
  return `${field}: ${message}`;
}
