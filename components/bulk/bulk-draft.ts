import { set } from "idb-keyval";

export const BULK_DRAFT_KEY = "zim-friend-console:bulk-draft";

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

/** Replaces the bulk page's draft, for a page that hands it a list (the send form's waiting targets). */
export function saveBulkDraft(draft: BulkDraft): Promise<void> {
  return set(BULK_DRAFT_KEY, draft);
}
