import { ilike, type Column, type SQL } from "drizzle-orm";

/** `term` as the start of a LIKE pattern: its own % _ and \ match themselves. */
export function prefixPattern(term: string): string {
  return `${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The column starts with `term`, in any case. */
export function startsWith(column: Column | SQL, term: string): SQL {
  return ilike(column, prefixPattern(term));
}
