"use client";

import { useState } from "react";

import { parseUserIds } from "@/components/send-form/parse-user-ids";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";

/** Paste many user IDs at once; the parent decides how many fit. */
export function PasteIds({ onPaste }: { onPaste: (ids: string[]) => string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [report, setReport] = useState("");

  function addIds() {
    const ids = parseUserIds(text);
    setReport(ids.length === 0 ? "No user IDs found in the pasted text." : onPaste(ids));
    if (ids.length > 0) {
      setText("");
      setOpen(false);
    }
  }

  return (
    <div>
      <Button onClick={() => setOpen(!open)} aria-expanded={open}>
        Paste user IDs
      </Button>
      {open && (
        <div className="mt-2 rounded border border-border bg-surface p-2">
          <label htmlFor="paste-user-ids" className="text-sm font-medium">
            User IDs to add (one per line, or separated by commas or spaces)
          </label>
          <Textarea
            id="paste-user-ids"
            rows={4}
            value={text}
            onChange={(event) => setText(event.target.value)}
            className="mt-1 w-full font-mono"
          />
          <Button variant="primary" onClick={addIds}>
            Add these IDs
          </Button>
        </div>
      )}
      {report && (
        <p role="status" className="mt-1 text-sm text-muted">
          {report}
        </p>
      )}
    </div>
  );
}
