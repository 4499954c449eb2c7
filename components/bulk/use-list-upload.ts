"use client";

import { useEffect, useRef, useState } from "react";

import type { BulkRow } from "@/lib/bulk/bulk-table";

import { lastPartStart, startListUpload, type JobChoices, type ListUpload } from "./list-upload";

/** How long a checked list stays unchanged before it starts going up: typing in a field re-checks it. */
const SETTLE_MS = 500;

/**
 * Sends a long checked list up while the operator reads its plan, so that Queue sends only the
 * last part. A changed list drops the upload of the old one; `rowsUp` counts the rows up so far.
 */
export function useListUpload(rows: readonly BulkRow[], { enabled }: { enabled: boolean }) {
  const [rowsUp, setRowsUp] = useState(0);
  const ahead = useRef<ListUpload | undefined>(undefined);
  const settling = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!enabled || lastPartStart(rows.length) === 0) return;
    settling.current = setTimeout(() => (ahead.current = startListUpload(rows, setRowsUp)), SETTLE_MS);
    return () => {
      clearTimeout(settling.current);
      if (ahead.current?.rows === rows) ahead.current.abandon();
      ahead.current = undefined;
      setRowsUp(0);
    };
  }, [rows, enabled]);

  /** Queues the list, with the upload sent ahead if it is this list's; a refused job drops its upload. */
  async function queue(choices: JobChoices) {
    clearTimeout(settling.current);
    const upload = ahead.current?.rows === rows ? ahead.current : startListUpload(rows, setRowsUp);
    ahead.current = undefined;
    const answer = await upload.queue(choices).catch((error: unknown) => {
      upload.abandon();
      throw error;
    });
    if (answer.status === "created") return answer;
    upload.abandon();
    setRowsUp(0);
    // The operator may put right what was refused and queue again: the list goes up afresh meanwhile.
    if (lastPartStart(rows.length) > 0) ahead.current = startListUpload(rows, setRowsUp);
    return answer;
  }

  return { rowsUp, queue };
}
