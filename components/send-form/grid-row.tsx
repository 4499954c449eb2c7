"use client";

import dynamic from "next/dynamic";

import { AttributeChips } from "./attribute-chips";
import { GRID_COLUMNS } from "./grid-columns";
import { GridTextCell } from "./grid-text-cell";
import { ChevronIcon, CopyIcon, RemoveIcon } from "./row-icons";
import { RowStatus } from "./row-status";

/** A row's full editor loads when a row is first opened: most sends never need it. */
const RowDetail = dynamic(() => import("./row-detail").then((module) => module.RowDetail));

const ICON_BUTTON =
  "inline-flex size-7 items-center justify-center rounded border border-border bg-surface text-sm hover:bg-subtle disabled:cursor-not-allowed disabled:text-muted";

/** One target as a dense grid row; its full editor opens beneath it. */
export function GridRow({
  row,
  expanded,
  selected,
  canAdd,
  onToggleDetail,
  onSelect,
  onDuplicate,
  onRemove,
}: {
  row: number;
  expanded: boolean;
  selected: boolean;
  canAdd: boolean;
  onToggleDetail: () => void;
  onSelect: (selected: boolean) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}) {
  const position = row + 1;
  return (
    <div role="group" aria-label={`Target ${position}`} className="border-b border-divider last:border-b-0">
      <div className={`grid grid-cols-2 gap-2 p-2 md:px-2 md:py-1 ${GRID_COLUMNS} ${selected ? "bg-accent-soft" : ""}`}>
        <div className="col-span-2 flex items-center gap-2 md:contents">
          <input
            type="checkbox"
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
            aria-label={`Select target ${position}`}
            className="size-4"
          />
          <span className="text-xs text-muted tabular-nums">
            <span className="md:sr-only">Target </span>
            {position}
          </span>
        </div>
        <div className="col-span-2 md:col-span-1">
          <GridTextCell row={row} column="userId" />
        </div>
        <div className="col-span-2 md:col-span-1">
          <GridTextCell row={row} column="wording" />
        </div>
        <GridTextCell row={row} column="friendAlias" />
        <AttributeChips row={row} onOpen={() => !expanded && onToggleDetail()} />
        <RowStatus row={row} />
        <div className="flex justify-end gap-1">
          <button
            type="button"
            className={ICON_BUTTON}
            aria-expanded={expanded}
            aria-label={`Details of target ${position}`}
            title="Details: attributes and times"
            onClick={onToggleDetail}
          >
            <ChevronIcon open={expanded} />
          </button>
          <button
            type="button"
            className={ICON_BUTTON}
            disabled={!canAdd}
            aria-label={`Duplicate target ${position}`}
            title="Duplicate"
            onClick={onDuplicate}
          >
            <CopyIcon />
          </button>
          <button
            type="button"
            className={`${ICON_BUTTON} text-danger`}
            aria-label={`Remove target ${position}`}
            title="Remove"
            onClick={onRemove}
          >
            <RemoveIcon />
          </button>
        </div>
      </div>
      {expanded && <RowDetail row={row} />}
    </div>
  );
}
