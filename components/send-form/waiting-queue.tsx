"use client";

import { useRouter } from "next/navigation";
import Papa from "papaparse";
import { useFormContext } from "react-hook-form";

import { EMPTY_DRAFT, saveBulkDraft } from "@/components/bulk/bulk-draft";
import { Button } from "@/components/ui/button";
import type { BlockRow } from "@/lib/spreadsheet/spreadsheet-block";
import { TARGET_COLUMNS } from "@/lib/spreadsheet/target-columns";

import type { FillResult } from "./fill-targets";
import type { WaitingRows } from "./use-waiting-rows";

/** Pasted targets past the batch limit: visible, and loaded a batch at a time when the form is sent. */
export function WaitingQueue({
  waiting,
  batchLimit,
  onLoad,
}: {
  waiting: WaitingRows;
  batchLimit: number;
  onLoad: (rows: BlockRow[]) => FillResult;
}) {
  const router = useRouter();
  const { getValues } = useFormContext<{ fromUserId: string }>();
  const count = waiting.rows.length;
  if (count === 0) return null;

  async function sendAsBulkJob() {
    // The bulk page reads headers without case, so the grid's own column names serve.
    const text = Papa.unparse({
      fields: [...TARGET_COLUMNS],
      data: waiting.rows.map((row) => TARGET_COLUMNS.map((column) => row[column] ?? "")),
    });
    await saveBulkDraft({ ...EMPTY_DRAFT, text, fromUserIdForAll: getValues("fromUserId") });
    waiting.update([]);
    router.push("/bulk");
  }
  const next = Math.min(count, batchLimit);
  return (
    <div
      role="region"
      aria-label="Waiting targets"
      className="flex flex-wrap items-center gap-2 rounded border border-info-line bg-info-soft p-2 text-sm"
    >
      <p className="font-medium text-info">
        {count} {count === 1 ? "ID" : "IDs"} waiting: load the next {next} when this batch is sent.
      </p>
      <Button
        onClick={() => {
          const result = onLoad(waiting.rows);
          waiting.update(result.waiting);
        }}
      >
        Load the next {next} (replaces the targets)
      </Button>
      <Button onClick={() => void sendAsBulkJob()}>Send all {count} as a bulk job</Button>
      <Button variant="danger" onClick={() => waiting.update([])}>
        Discard waiting
      </Button>
    </div>
  );
}
