"use client";

import { useState, type DragEvent } from "react";

import { Button } from "@/components/ui/button";
import { Label, Textarea } from "@/components/ui/field";

/** A large upload is shown by name and size, not pasted into the text box. */
const SHOWN_IN_BOX_MAX_CHARS = 200_000;

/** The list: a CSV/TSV file chosen or dropped, or text pasted from a spreadsheet. */
export function ListInput({
  text,
  fileName,
  onChange,
}: {
  text: string;
  fileName: string;
  onChange: (change: { text: string; fileName: string }) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string>();

  async function load(file: File | undefined) {
    if (!file) return;
    try {
      onChange({ text: await file.text(), fileName: file.name });
      setReadError(undefined);
    } catch {
      setReadError(`Could not read ${file.name}. Is it a text file?`);
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  }

  const showsFile = fileName !== "" && text.length > SHOWN_IN_BOX_MAX_CHARS;
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      className={`rounded border-2 border-dashed p-3 ${dragging ? "border-accent bg-subtle" : "border-border"}`}
    >
      <div className="flex flex-wrap items-center gap-3">
        <Label htmlFor="bulk-file">CSV or TSV file</Label>
        <input
          id="bulk-file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onChange={(event) => void load(event.target.files?.[0])}
          className="text-sm"
        />
        <span className="text-xs text-muted">or drop a file here, or paste below</span>
      </div>
      {readError && (
        <p role="alert" className="mt-1 text-sm text-danger">
          {readError}
        </p>
      )}
      {showsFile ? (
        <p className="mt-2 flex items-center gap-3 text-sm">
          Loaded {fileName} ({Math.round(text.length / 1024).toLocaleString()} KiB).
          <Button onClick={() => onChange({ text: "", fileName: "" })}>Remove the file</Button>
        </p>
      ) : (
        <div className="mt-2">
          <Label htmlFor="bulk-text">List (first line names the columns)</Label>
          <Textarea
            id="bulk-text"
            value={text}
            onChange={(event) => onChange({ text: event.target.value, fileName: "" })}
            rows={6}
            spellCheck={false}
            placeholder={"FromUserId,UserId,Wording\nagent_amy,user_bob,Hi from support"}
            className="mt-1 w-full font-mono text-xs"
          />
        </div>
      )}
    </div>
  );
}
