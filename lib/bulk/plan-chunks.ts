import type { BulkRow } from "./bulk-table";

/** One call of a job: a FromUserId and the rows it sends, at most the batch limit. */
export type PlannedChunk = { fromUserId: string; rowNumbers: number[] };

/** What planning reads of a row. */
export type PlanRow = Pick<BulkRow, "rowNumber" | "fromUserId" | "userId">;

export type BulkPlan = {
  chunks: PlannedChunk[];
  targets: number;
  fromUserIds: number;
  /** Rows whose UserId an earlier row sends from the same FromUserId, in list order. */
  repeats: number[];
};

/**
 * Groups rows by FromUserId, in the order each first appears, and cuts each group into calls of at
 * most `batchLimit`. A UserId repeated for one FromUserId goes into a later call than its previous
 * occurrence (the n-th occurrence into the n-th run of calls), since one call fails every repeat.
 */
export function planChunks(rows: readonly PlanRow[], { batchLimit }: { batchLimit: number }): BulkPlan {
  const groups = new Map<string, { occurrences: Map<string, number>; layers: number[][] }>();
  const repeats: number[] = [];
  for (const row of rows) {
    let group = groups.get(row.fromUserId);
    if (!group) {
      group = { occurrences: new Map(), layers: [] };
      groups.set(row.fromUserId, group);
    }
    const occurrence = group.occurrences.get(row.userId) ?? 0;
    group.occurrences.set(row.userId, occurrence + 1);
    if (occurrence > 0) repeats.push(row.rowNumber);
    (group.layers[occurrence] ??= []).push(row.rowNumber);
  }
  const chunks: PlannedChunk[] = [];
  for (const [fromUserId, { layers }] of groups) {
    for (const layer of layers) {
      for (let start = 0; start < layer.length; start += batchLimit) {
        chunks.push({ fromUserId, rowNumbers: layer.slice(start, start + batchLimit) });
      }
    }
  }
  return { chunks, targets: rows.length, fromUserIds: groups.size, repeats };
}

/** Seconds the plan takes at the bulk share of the pace. */
export function estimatedSeconds(calls: number, { callsPerSecond }: { callsPerSecond: number }): number {
  return Math.ceil(calls / callsPerSecond);
}
