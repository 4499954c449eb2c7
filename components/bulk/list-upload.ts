import { createBulkJobAction } from "@/app/bulk/actions";
import { isRefusal, type Refusal } from "@/lib/actions/action-result";
import type { BulkRow } from "@/lib/bulk/bulk-table";
import { UPLOAD_PART_ROWS } from "@/lib/bulk/create-job-schema";
import { packRows } from "@/lib/bulk/pack-rows";

export type JobChoices = { environmentId: string; confirmation: string; reason: string; separateRepeats: boolean };

/** Where a list's last part starts; the parts before it go up on their own, the last with the job's choices. */
export const lastPartStart = (rows: number) => Math.max(0, Math.ceil(rows / UPLOAD_PART_ROWS) - 1) * UPLOAD_PART_ROWS;

async function postJson<Answer extends { status: string }>(path: string, body: unknown): Promise<Answer | Refusal> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer | Refusal;
}

/** The first refusal once every sender has stopped, or the first failure, thrown again. */
function firstProblem(settled: PromiseSettledResult<Refusal | undefined>[]): Refusal | undefined {
  const refusals: (Refusal | undefined)[] = [];
  for (const sender of settled) {
    if (sender.status === "rejected") throw sender.reason;
    refusals.push(sender.value);
  }
  return refusals.find(Boolean);
}

export type ListUpload = ReturnType<typeof startListUpload>;

/**
 * Starts sending a checked list up, part by part, to an upload of its own, so that queuing it
 * later sends only the last part; `onSent` hears how many rows are up after each part.
 */
export function startListUpload(rows: readonly BulkRow[], onSent: (rows: number) => void) {
  const uploadId = crypto.randomUUID();
  const lastPart = lastPartStart(rows.length);
  let stopped = false;
  let next = 0;
  let up = 0;
  const sendParts = async (): Promise<Refusal | undefined> => {
    while (next < lastPart && !stopped) {
      const start = next;
      next += UPLOAD_PART_ROWS;
      const part = packRows(rows.slice(start, start + UPLOAD_PART_ROWS));
      const answer = await postJson<{ status: "staged"; staged: number }>("/api/bulk-upload", { uploadId, rows: part });
      if (isRefusal(answer)) {
        next = lastPart;
        return answer;
      }
      up = Math.max(up, answer.staged);
      if (!stopped) onSent(up);
    }
  };
  // Two parts in flight: the page packs one while the server writes the other.
  const earlierParts = Promise.allSettled([sendParts(), sendParts()]).then(firstProblem);
  // Nobody may ever queue this list: an unreachable server is reported when someone does.
  earlierParts.catch(() => undefined);

  return {
    rows,
    /** Queues the list once its earlier parts are up: the last part travels with the job's choices. */
    async queue(choices: JobChoices) {
      const refusal = await earlierParts;
      if (refusal) return refusal;
      return createBulkJobAction({ ...choices, uploadId, rows: packRows(rows.slice(lastPart)) });
    },
    /** Sends no more parts and drops those that went up, once the parts under way have landed. */
    abandon() {
      stopped = true;
      void earlierParts
        .catch(() => undefined)
        .then(() => postJson("/api/bulk-upload/discard", { uploadId }))
        .catch(() => undefined);
    },
  };
}
