"use client";

import { get, set } from "idb-keyval";
import { useCallback, useEffect, useRef, useState } from "react";

import { BULK_DRAFT_KEY as DRAFT_KEY, EMPTY_DRAFT, type BulkDraft } from "./bulk-draft";

const SAVE_DELAY_MS = 300;

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
