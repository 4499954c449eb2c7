import type { BlockRow } from "@/lib/spreadsheet/spreadsheet-block";
import { isAttributeColumn, TARGET_COLUMNS } from "@/lib/spreadsheet/target-columns";
import { MAX_ATTRIBUTES } from "@/lib/zim/limits";
import { emptyFriendInfo, type FriendInfoValues } from "@/lib/zim/send-schema";

export function isBlankTarget(target: FriendInfoValues): boolean {
  return target.userId === "" && target.wording === "" && target.friendAlias === "" && target.attributes.length === 0;
}

/** Writes the row's cells over the target's; an attribute cell sets that key (added if there is room). */
export function mergeRow(target: FriendInfoValues, row: BlockRow): FriendInfoValues {
  const merged = { ...target, attributes: target.attributes.map((attribute) => ({ ...attribute })) };
  for (const column of TARGET_COLUMNS) {
    const value = row[column];
    if (value === undefined) continue;
    if (!isAttributeColumn(column)) {
      merged[column] = value;
      continue;
    }
    const existing = merged.attributes.find((attribute) => attribute.key === column);
    if (existing) existing.value = value;
    else if (value !== "" && merged.attributes.length < MAX_ATTRIBUTES) merged.attributes.push({ key: column, value });
  }
  return merged;
}

export type FillResult = {
  targets: FriendInfoValues[];
  /** The first row the block wrote to, where focus goes next. */
  firstRow: number;
  filled: number;
  /** Rows past the batch limit, kept for later rather than dropped. */
  waiting: BlockRow[];
};

/**
 * Places pasted rows in the form. From the paste box (`startRow` absent) they fill blank rows first,
 * then new rows; pasted into the grid they overwrite downward from the row pasted into. Never past
 * the batch limit: the rest wait.
 */
export function fillTargets(
  current: readonly FriendInfoValues[],
  rows: readonly BlockRow[],
  { batchLimit, startRow }: { batchLimit: number; startRow?: number },
): FillResult {
  const targets = [...current];
  const slots =
    startRow === undefined
      ? targets.flatMap((target, index) => (isBlankTarget(target) ? [index] : []))
      : targets.map((_, index) => index).slice(startRow);
  let placed = 0;
  for (const row of rows) {
    const slot = slots[placed] ?? (targets.length < batchLimit ? targets.push(emptyFriendInfo()) - 1 : undefined);
    if (slot === undefined) break;
    targets[slot] = mergeRow(targets[slot] ?? emptyFriendInfo(), row);
    slots[placed] = slot;
    placed++;
  }
  return { targets, firstRow: slots[0] ?? targets.length - 1, filled: placed, waiting: rows.slice(placed) };
}
