/**
 * Splits pasted text into user IDs: one per line when the text has line breaks (so IDs may hold
 * the space and comma some ZEGO pages allow), otherwise separated by commas or white space.
 * Empty entries are dropped; order and repeats are kept, so the form can flag repeats.
 */
export function parseUserIds(text: string): string[] {
  const entries = /[\r\n]/.test(text) ? text.split(/\r?\n|\r/) : text.split(/[\s,]+/);
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== "");
}

/** Fills free rows up to the batch limit; says how many IDs did not fit. */
export function fitToLimit({ ids, freeRows }: { ids: readonly string[]; freeRows: number }): {
  accepted: string[];
  leftOut: number;
} {
  const accepted = ids.slice(0, Math.max(0, freeRows));
  return { accepted, leftOut: ids.length - accepted.length };
}
