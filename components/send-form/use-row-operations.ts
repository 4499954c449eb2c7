"use client";

import { useState } from "react";
import { useFieldArray, useFormContext, type FieldPath } from "react-hook-form";

import type { BlockRow } from "@/lib/spreadsheet/spreadsheet-block";
import type { TargetColumn } from "@/lib/spreadsheet/target-columns";
import { emptyFriendInfo, type SendFormValues } from "@/lib/zim/send-schema";

import { fillTargets, mergeRow, type FillResult } from "./fill-targets";

export type EditableColumn = "userId" | "wording" | "friendAlias";
export type RowScope = "all" | "selected";

/** Row indexes after inserting (+1) or removing (-1) at `at`. */
function shift(rows: ReadonlySet<number>, at: number, by: 1 | -1): Set<number> {
  const next = new Set<number>();
  for (const row of rows) {
    if (row < at) next.add(row);
    else if (by === 1) next.add(row + 1);
    else if (row > at) next.add(row - 1);
  }
  return next;
}

function toggled(rows: ReadonlySet<number>, row: number, on: boolean): Set<number> {
  const next = new Set(rows);
  if (on) next.add(row);
  else next.delete(row);
  return next;
}

/** Everything done to whole rows of targets: add, copy, remove, select, fill, paste. */
export function useRowOperations(batchLimit: number) {
  const { control, getValues, setValue, trigger, setFocus } = useFormContext<SendFormValues>();
  const { fields, append, insert, remove, replace } = useFieldArray({ control, name: "friendInfos" });
  const [selection, setSelection] = useState<Set<number>>(() => new Set());
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set());
  const canAdd = fields.length < batchLimit;

  function rowsIn(scope: RowScope): number[] {
    if (scope === "selected") return [...selection].filter((row) => row < fields.length).sort((a, b) => a - b);
    return fields.map((_, row) => row);
  }

  function writeColumn(rows: number[], column: TargetColumn, value: string) {
    const touched: FieldPath<SendFormValues>[] = [];
    for (const row of rows) {
      const target = getValues(`friendInfos.${row}`);
      const merged = mergeRow(target, { [column]: value });
      if (column === "userId" || column === "wording" || column === "friendAlias") {
        setValue(`friendInfos.${row}.${column}`, merged[column], { shouldDirty: true });
        touched.push(`friendInfos.${row}.${column}`);
      } else {
        setValue(`friendInfos.${row}.attributes`, merged.attributes, { shouldDirty: true });
        touched.push(`friendInfos.${row}.attributes`);
      }
    }
    if (touched.length > 0) void trigger(touched);
  }

  function place(current: SendFormValues["friendInfos"], rows: readonly BlockRow[], startRow?: number): FillResult {
    const result = fillTargets(current, rows, { batchLimit, startRow });
    replace(result.targets);
    setSelection(new Set());
    setExpanded(new Set());
    setTimeout(() => {
      if (result.filled > 0) setFocus(`friendInfos.${result.firstRow}.userId`);
      void trigger("friendInfos");
    });
    return result;
  }
  return {
    keys: fields.map((field) => field.id),
    canAdd,
    selection,
    expanded,
    add() {
      append(emptyFriendInfo(), { focusName: `friendInfos.${fields.length}.userId` });
    },
    duplicate(row: number) {
      insert(row + 1, structuredClone(getValues(`friendInfos.${row}`)), { shouldFocus: false });
      setSelection((rows) => shift(rows, row + 1, 1));
      setExpanded((rows) => shift(rows, row + 1, 1));
    },
    remove(row: number) {
      remove(row);
      setSelection((rows) => shift(rows, row, -1));
      setExpanded((rows) => shift(rows, row, -1));
    },
    select(row: number, on: boolean) {
      setSelection((rows) => toggled(rows, row, on));
    },
    selectAll(on: boolean) {
      setSelection(on ? new Set(fields.map((_, row) => row)) : new Set());
    },
    toggleDetail(row: number) {
      setExpanded((rows) => toggled(rows, row, !rows.has(row)));
    },
    openDetail(row: number) {
      setExpanded((rows) => toggled(rows, row, true));
    },
    /** Sets one column of every row in scope: Wording, FriendAlias or an attribute's value. */
    setColumn(column: Exclude<TargetColumn, "userId">, value: string, scope: RowScope) {
      writeColumn(rowsIn(scope), column, value);
    },
    /** Copies the first row in scope (the first selected, else row 1) to the rows after it in scope. */
    fillDown(column: EditableColumn) {
      const rows = rowsIn(selection.size > 1 ? "selected" : "all");
      const [source, ...rest] = rows;
      if (source === undefined) return;
      writeColumn(rest, column, getValues(`friendInfos.${source}.${column}`));
    },
    /** Enter in a cell: the same column one row down, adding a row at the end while there is room. */
    moveDown(row: number, column: EditableColumn) {
      const next = row + 1;
      if (next < fields.length) setFocus(`friendInfos.${next}.${column}`);
      else if (canAdd) append(emptyFriendInfo(), { focusName: `friendInfos.${next}.${column}` });
    },
    /** Ctrl+D in a cell: the value of the cell above. */
    copyFromAbove(row: number, column: EditableColumn) {
      if (row === 0) return;
      writeColumn([row], column, getValues(`friendInfos.${row - 1}.${column}`));
    },
    placeRows(rows: readonly BlockRow[], startRow?: number): FillResult {
      return place(getValues("friendInfos"), rows, startRow);
    },
    snapshot: () => getValues("friendInfos"),
    restore(targets: SendFormValues["friendInfos"]) {
      replace(targets);
    },
    /** Replaces every target with the next rows waiting. */
    replaceAll(rows: readonly BlockRow[]): FillResult {
      return place([emptyFriendInfo()], rows, 0);
    },
  };
}

export type RowOperations = ReturnType<typeof useRowOperations>;
