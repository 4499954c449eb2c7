"use client";

import { get, set } from "idb-keyval";
import { useCallback, useEffect, useRef, useState } from "react";

const DRAFT_KEY = "zim-friend-console:bulk-draft";
const SAVE_DELAY_MS = 300;

/** The bulk list as typed or uploaded: kept in IndexedDB, which holds lists far larger than localStorage. */
export type BulkDraft = {
  text: string;
  /** Name of the uploaded file; empty when the list was pasted. */
  fileName: string;
  fromUserIdForAll: string;
  separateRepeats: boolean;
  reason: string;
};

export const EMPTY_DRAFT: BulkDraft = { text: "", fileName: "", fromUserIdForAll: "", separateRepeats: false, reason: "" };

/** The draft and its setter; `loaded` turns true once the saved draft (if any) is back after a reload. */
export function useBulkDraft() {
  const [draft, setDraft] = useState<BulkDraft>(EMPTY_DRAFT);
  const [loaded, setLoaded] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    get<BulkDraft>(DRAFT_KEY)
      .then((saved) => saved && setDraft({ ...EMPTY_DRAFT, ...saved }))
      .catch(() => setSaveFailed(true))
      .finally(() => setLoaded(true));
  }, []);

  const update = useCallback((change: Partial<BulkDraft>) => {
    setDraft((current) => {
      const next = { ...current, ...change };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        set(DRAFT_KEY, next).then(
          () => setSaveFailed(false),
          () => setSaveFailed(true),
        );
      }, SAVE_DELAY_MS);
      return next;
    });
  }, []);

  return { draft, update, loaded, saveFailed };
}
