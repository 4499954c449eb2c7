"use client";

import { GRID_COLUMNS } from "./grid-columns";
import { GridRow } from "./grid-row";
import type { RowOperations } from "./use-row-operations";

const FILL_DOWN_COLUMNS = [
  { column: "wording", title: "Wording" },
  { column: "friendAlias", title: "FriendAlias" },
] as const;

function FillDown({ title, onFill }: { title: string; onFill: () => void }) {
  return (
    <button
      type="button"
      onClick={onFill}
      title={`Copy the first selected row's ${title} (or row 1's) to the rows below`}
      className="ml-1 rounded px-1 text-xs font-normal text-accent underline hover:bg-subtle"
    >
      Fill down<span className="sr-only"> {title}</span>
    </button>
  );
}

/** The targets as a dense grid: one ~40 px row each, header aligned with the rows. */
export function TargetGrid({ keys, operations }: { keys: string[]; operations: RowOperations }) {
  const { selection, expanded } = operations;
  const allSelected = keys.length > 0 && selection.size === keys.length;
  return (
    <div className="rounded-lg border border-border bg-surface">
      <div className={`hidden border-b border-border bg-subtle px-2 py-1.5 text-xs font-semibold ${GRID_COLUMNS}`}>
        <input
          type="checkbox"
          checked={allSelected}
          onChange={(event) => operations.selectAll(event.target.checked)}
          aria-label="Select all targets"
          className="size-4"
        />
        <span aria-hidden>#</span>
        <span aria-hidden>UserId</span>
        {FILL_DOWN_COLUMNS.map(({ column, title }) => (
          <span key={column}>
            <span aria-hidden>{title}</span>
            <FillDown title={title} onFill={() => operations.fillDown(column)} />
          </span>
        ))}
        <span aria-hidden>Attributes</span>
        <span aria-hidden>Status</span>
        <span className="sr-only">Row actions</span>
      </div>
      {keys.map((key, row) => (
        <GridRow
          key={key}
          row={row}
          expanded={expanded.has(row)}
          selected={selection.has(row)}
          canAdd={operations.canAdd}
          onToggleDetail={() => operations.toggleDetail(row)}
          onSelect={(selected) => operations.select(row, selected)}
          onDuplicate={() => operations.duplicate(row)}
          onRemove={() => operations.remove(row)}
        />
      ))}
    </div>
  );
}
