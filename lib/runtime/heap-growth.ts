import { setFlagsFromString } from "node:v8";

/**
 * V8 lets its heap grow to several times what is live before the next full collection. The
 * server's live heap is small, so that slack was most of its resident memory: three 100,000-row
 * lists in a row on PGlite peaked at 414–493 MB by default and at 333–342 MB with 20% (README).
 * Node refuses this flag in NODE_OPTIONS, so the server sets it as it starts. Its companion, the
 * young generation capped at 8 MB, only counts before V8 starts: `npm run serve` passes it.
 */
export function keepHeapNearLiveSize(): void {
  setFlagsFromString("--heap-growing-percent=20");
}
