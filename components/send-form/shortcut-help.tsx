"use client";

import { useEffect, useRef } from "react";

import { Button } from "@/components/ui/button";

const SHORTCUTS = [
  ["Enter", "In a target cell: the same column one row down (a new row at the end). In FromUserId: the first target."],
  ["Ctrl+Enter / ⌘+Enter", "Send"],
  ["Ctrl+D / ⌘+D", "In a target cell: copy the value from the row above"],
  ["Paste a block", "In a cell: rows and columns copied from a spreadsheet fill the grid from that cell"],
  ["Esc", "Close the paste box, Set for all, or this help"],
  ["?", "This help (outside a text field)"],
] as const;

/** Opens on "?" typed outside a text field; Escape closes it (a native dialog). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcut-help-title"
      onClose={onClose}
      className="m-auto max-w-lg rounded-lg border border-border bg-surface p-4 text-text backdrop:bg-black/40"
    >
      <h2 id="shortcut-help-title" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-border bg-subtle px-1 font-mono text-xs">{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <Button className="mt-3" onClick={onClose}>
        Close
      </Button>
    </dialog>
  );
}
