import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import { describeCode } from "@/lib/zim/code-catalog";

/** Attempts a chunk gets when ZIM answers a transient code (rate limit, busy): then its rows fail with that code. */
export const MAX_ATTEMPTS = 5;

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

/** Exponential back-off with full jitter, so chunks of several processes do not come back together. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export type ChunkVerdict = {
  sent: number[];
  failed: { rowNumber: number; subCode: number | null }[];
  /** Rows whose answer is lost (timeout, dropped connection): never re-sent by the app. */
  unknown?: number[];
  /** Rows failed by a transient code, to send again in this chunk's next attempt. */
  retry: { rowNumber: number; subCode: number }[];
};

/**
 * What each row of a chunk got, from the call's outcome: sent; failed for good; failed by a
 * retryable code (the catalog says which), retried while attempts remain; or unknown when the
 * call went out and no answer came back, or when the send was refused before leaving.
 */
export function sortTargets({
  rowNumbers,
  outcome,
  attempts,
}: {
  rowNumbers: readonly number[];
  outcome: SendAnswered | SendTransportFailed | undefined;
  attempts: number;
}): ChunkVerdict {
  if (!outcome || outcome.status === "transport-failed") return { sent: [], failed: [], unknown: [...rowNumbers], retry: [] };
  const verdict: ChunkVerdict = { sent: [], failed: [], retry: [] };
  const { result } = outcome;
  for (const target of result.targets) {
    const rowNumber = rowNumbers[target.index];
    if (rowNumber === undefined) continue;
    if (target.outcome === "sent") {
      verdict.sent.push(rowNumber);
      continue;
    }
    const subCode = target.subCode ?? result.code;
    if (describeCode(subCode).retryable && attempts < MAX_ATTEMPTS) verdict.retry.push({ rowNumber, subCode });
    else verdict.failed.push({ rowNumber, subCode });
  }
  return verdict;
}
