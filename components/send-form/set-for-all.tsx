"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/field";
import { ATTRIBUTE_KEYS } from "@/lib/zim/limits";

import type { RowScope } from "./use-row-operations";

type SettableColumn = "wording" | "friendAlias" | (typeof ATTRIBUTE_KEYS)[number];

const COLUMNS: { value: SettableColumn; label: string }[] = [
  { value: "wording", label: "Wording" },
  { value: "friendAlias", label: "FriendAlias" },
  ...ATTRIBUTE_KEYS.map((key) => ({ value: key, label: `Attribute ${key}` })),
];

/** One value written to a column of every row, or of the selected rows, in one action. */
export function SetForAll({
  rowCount,
  selectedCount,
  onApply,
  onClose,
}: {
  rowCount: number;
  selectedCount: number;
  onApply: (column: SettableColumn, value: string, scope: RowScope) => string;
  onClose: () => void;
}) {
  const [column, setColumn] = useState<SettableColumn>("wording");
  const [value, setValue] = useState("");
  const [scope, setScope] = useState<RowScope>(selectedCount > 0 ? "selected" : "all");
  const [report, setReport] = useState("");
  const effectiveScope = selectedCount === 0 ? "all" : scope;

  return (
    <div
      role="group"
      aria-label="Set for all"
      className="flex flex-wrap items-end gap-2 rounded border border-border bg-surface p-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
        if (event.key === "Enter" && event.target instanceof HTMLInputElement && event.target.type === "text") {
          event.preventDefault();
          event.stopPropagation();
          setReport(onApply(column, value, effectiveScope));
        }
      }}
    >
      <div>
        <Label htmlFor="set-for-all-column" size="xs" className="block">
          Column
        </Label>
        <Select id="set-for-all-column" value={column} onChange={(event) => setColumn(event.target.value as SettableColumn)}>
          {COLUMNS.map(({ value: option, label }) => (
            <option key={option} value={option}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="min-w-40 flex-1">
        <Label htmlFor="set-for-all-value" size="xs" className="block">
          Value
        </Label>
        <Input
          id="set-for-all-value"
          type="text"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="w-full"
        />
      </div>
      <fieldset className="flex gap-3 text-sm">
        <legend className="sr-only">Rows</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="set-for-all-scope" checked={effectiveScope === "all"} onChange={() => setScope("all")} />
          All {rowCount} rows
        </label>
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="set-for-all-scope"
            checked={effectiveScope === "selected"}
            disabled={selectedCount === 0}
            onChange={() => setScope("selected")}
          />
          Selected ({selectedCount})
        </label>
      </fieldset>
      <Button variant="primary" onClick={() => setReport(onApply(column, value, effectiveScope))}>
        Apply
      </Button>
      <Button onClick={onClose}>Close</Button>
      {report && (
        <p role="status" className="w-full text-xs text-muted">
          {report}
        </p>
      )}
    </div>
  );
}
