"use client";

import dynamic from "next/dynamic";
import { useEffect, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useFormState } from "react-hook-form";

import { storeString, useStoredString } from "@/components/browser-storage/use-stored-string";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field-messages";
import type { BlockRow } from "@/lib/spreadsheet/spreadsheet-block";
import type { TargetColumn } from "@/lib/spreadsheet/target-columns";
import type { SendFormValues } from "@/lib/zim/send-schema";

import { fieldId } from "./field-id";
import { loadSpreadsheet } from "./load-spreadsheet";
import { TargetGrid } from "./target-grid";
import { useFieldError } from "./use-field-error";
import { useRowOperations, type EditableColumn } from "./use-row-operations";
import type { WaitingRows } from "./use-waiting-rows";

// Panels opened on demand, and the card view, load when first used: the send page's first load has a budget.
const PasteBox = dynamic(() => import("./paste-box").then((module) => module.PasteBox));
const SetForAll = dynamic(() => import("./set-for-all").then((module) => module.SetForAll));
const FriendRow = dynamic(() => import("./friend-row").then((module) => module.FriendRow));
const WaitingQueue = dynamic(() => import("./waiting-queue").then((module) => module.WaitingQueue));
const ProblemSummary = dynamic(() => import("./problem-summary").then((module) => module.ProblemSummary));

/** Its own component, so only it re-renders as errors come and go; the summary loads with the first one. */
function ProblemSummarySlot({ onOpenRow }: { onOpenRow: (row: number) => void }) {
  const { errors } = useFormState<SendFormValues>();
  return Object.keys(errors).length > 0 ? <ProblemSummary onOpenRow={onOpenRow} /> : null;
}

type View = "grid" | "cards";
const VIEW_KEY = "zim-friend-console:targets-view";
const CELL_NAME = /^friendInfos\.(\d+)\.(userId|wording|friendAlias)$/;

type PasteReport = { message: string; asData?: () => void };

/** The cell an event came from, read from the input's form name (grid and cards alike). */
function cellOf(target: EventTarget): { row: number; column: EditableColumn } | undefined {
  if (!(target instanceof HTMLInputElement)) return undefined;
  const match = CELL_NAME.exec(target.name);
  return match ? { row: Number(match[1]), column: match[2] as EditableColumn } : undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** FriendInfos: the grid (or cards), with paste, set-for-all, fill-down and the rows waiting. */
export function TargetsSection({
  batchLimit,
  waiting,
  onCountChange,
}: {
  batchLimit: number;
  waiting: WaitingRows;
  /** Tells the action bar the number of rows, without it watching every keystroke in them. */
  onCountChange: (count: number) => void;
}) {
  const operations = useRowOperations(batchLimit);
  const count = operations.keys.length;
  useEffect(() => onCountChange(count), [count, onCountChange]);
  const listError = useFieldError("friendInfos");
  const view: View = useStoredString(VIEW_KEY) === "cards" ? "cards" : "grid";
  const [panel, setPanel] = useState<"paste" | "set-for-all">();
  const [report, setReport] = useState<PasteReport>();

  const chooseView = (next: View) => storeString(VIEW_KEY, next);

  function place(rows: BlockRow[], { startRow, notes = [] }: { startRow?: number; notes?: string[] }): string {
    const result = operations.placeRows(rows, startRow);
    if (result.waiting.length > 0) waiting.update([...result.waiting, ...waiting.rows]);
    const waitingNote = result.waiting.length > 0 ? ` ${result.waiting.length} waiting: the batch limit is ${batchLimit}.` : "";
    return [`Added ${plural(result.filled, "target")}.${waitingNote}`, ...notes].join(" ");
  }

  function onKeyDown(event: KeyboardEvent) {
    const cell = cellOf(event.target);
    if (!cell) return;
    if (event.key === "Enter" && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      operations.moveDown(cell.row, cell.column);
    } else if (event.key.toLowerCase() === "d" && (event.ctrlKey || event.metaKey) && !event.shiftKey) {
      event.preventDefault();
      operations.copyFromAbove(cell.row, cell.column);
    }
  }

  function onPaste(event: ClipboardEvent) {
    const cell = cellOf(event.target);
    const text = event.clipboardData.getData("text/plain");
    if (!cell || !/[\t\r\n]/.test(text.replace(/\r?\n$/, ""))) return;
    event.preventDefault();
    void loadSpreadsheet().then(({ readBlock, blockRows }) => {
      const block = readBlock(text);
      const pasteAt = (skipHeader: boolean) =>
        place(blockRows(block, { skipHeader, firstColumn: cell.column as TargetColumn }), { startRow: cell.row });
      const before = structuredClone(operations.snapshot());
      if (!block.headerColumns) return setReport({ message: pasteAt(false) });
      const message = `${pasteAt(true)} The first line looked like a header and was skipped.`;
      setReport({
        message,
        asData: () => {
          operations.restore(before);
          setReport({ message: pasteAt(false) });
        },
      });
    });
  }

  return (
    <section aria-labelledby="targets-heading" className="space-y-2" onKeyDown={onKeyDown} onPaste={onPaste}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h2 id="targets-heading" className="text-lg font-semibold">
          Targets (FriendInfos)
        </h2>
        <span
          role="status"
          aria-label="Targets used"
          className={`text-sm tabular-nums ${operations.canAdd ? "text-muted" : "font-semibold text-warning"}`}
        >
          {operations.keys.length}/{batchLimit} targets
        </span>
        <div role="group" aria-label="View" className="ml-auto flex overflow-hidden rounded border border-border text-sm">
          {(["grid", "cards"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => chooseView(option)}
              className={`px-2 py-1 ${view === option ? "bg-accent-strong text-white" : "bg-surface hover:bg-subtle"}`}
            >
              {option === "grid" ? "Grid" : "Cards"}
            </button>
          ))}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={operations.add} disabled={!operations.canAdd}>
          Add target
        </Button>
        <Button aria-expanded={panel === "paste"} onClick={() => setPanel(panel === "paste" ? undefined : "paste")}>
          Paste targets
        </Button>
        <Button
          aria-expanded={panel === "set-for-all"}
          onClick={() => setPanel(panel === "set-for-all" ? undefined : "set-for-all")}
        >
          Set for all
        </Button>
      </div>
      {panel === "paste" && (
        <PasteBox
          onClose={() => setPanel(undefined)}
          onAdd={(rows, notes) => {
            setPanel(undefined);
            setReport({ message: place(rows, { notes }) });
          }}
        />
      )}
      {panel === "set-for-all" && (
        <SetForAll
          rowCount={operations.keys.length}
          selectedCount={operations.selection.size}
          onClose={() => setPanel(undefined)}
          onApply={(column, value, scope) => {
            operations.setColumn(column, value, scope);
            const count = scope === "selected" ? operations.selection.size : operations.keys.length;
            return `Set ${column} on ${plural(count, "row")}.`;
          }}
        />
      )}
      {report && (
        <p role="status" className="text-sm text-muted">
          {report.message}{" "}
          {report.asData && (
            <button type="button" onClick={report.asData} className="text-accent underline">
              Use the first line as data instead
            </button>
          )}
        </p>
      )}
      {waiting.rows.length > 0 && (
        <WaitingQueue waiting={waiting} batchLimit={batchLimit} onLoad={(rows) => operations.replaceAll(rows)} />
      )}
      <FieldMessages id={fieldId("friendInfos", "messages")} error={listError} />
      <ProblemSummarySlot onOpenRow={operations.openDetail} />
      {view === "grid" ? (
        <TargetGrid keys={operations.keys} operations={operations} />
      ) : (
        operations.keys.map((key, row) => (
          <FriendRow
            key={key}
            index={row}
            canAdd={operations.canAdd}
            onDuplicate={() => operations.duplicate(row)}
            onRemove={() => operations.remove(row)}
          />
        ))
      )}
    </section>
  );
}
