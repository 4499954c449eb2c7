"use client";

import { useEffect, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import type { BlockRow } from "@/lib/spreadsheet/spreadsheet-block";

import { loadSpreadsheet, type Spreadsheet } from "./load-spreadsheet";

/**
 * A box for a list of IDs or a block copied from a spreadsheet (UserId, Wording, FriendAlias, k0..k4
 * columns). A first line that names columns is offered as a header to skip.
 */
export function PasteBox({ onClose, onAdd }: { onClose: () => void; onAdd: (rows: BlockRow[], notes: string[]) => void }) {
  const [text, setText] = useState("");
  const [skipHeader, setSkipHeader] = useState(true);
  const [spreadsheet, setSpreadsheet] = useState<Spreadsheet>();
  const [empty, setEmpty] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    box.current?.focus();
    void loadSpreadsheet().then(setSpreadsheet);
  }, []);

  const block = spreadsheet && text.trim() !== "" ? spreadsheet.readBlock(text) : undefined;

  function add() {
    if (!spreadsheet || !block) return setEmpty(true);
    const rows = spreadsheet.blockRows(block, { skipHeader });
    if (rows.length === 0) return setEmpty(true);
    const notes =
      skipHeader && block.unknownHeaders.length > 0
        ? [
            `Ignored column${block.unknownHeaders.length === 1 ? "" : "s"} the form has no field for: ${block.unknownHeaders.join(", ")}.`,
          ]
        : [];
    onAdd(rows, notes);
  }

  return (
    <div
      role="group"
      aria-label="Paste targets"
      className="rounded border border-border bg-surface p-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <label htmlFor="paste-targets" className="text-sm font-medium">
        User IDs, or rows copied from a spreadsheet (UserId, Wording, FriendAlias, k0..k4)
      </label>
      <Textarea
        ref={box}
        id="paste-targets"
        rows={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
        aria-describedby="paste-targets-hint"
        className="mt-1 w-full font-mono"
      />
      <p id="paste-targets-hint" className="text-xs text-muted">
        One per line, or separated by commas or spaces. Esc closes this box.
      </p>
      {block?.headerColumns && (
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={skipHeader} onChange={(event) => setSkipHeader(event.target.checked)} />
          First line looks like a header: skip it
        </label>
      )}
      {empty && (
        <p role="alert" className="text-sm text-danger">
          No user IDs found in the pasted text.
        </p>
      )}
      <div className="mt-2 flex gap-2">
        <Button variant="primary" onClick={add}>
          Add these targets
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </div>
  );
}
