import { sql, type Column, type SQL } from "drizzle-orm";

/** `term` as the start of a LIKE pattern: its own % _ and \ match themselves. */
export function prefixPattern(term: string): string {
  return `${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The column starts with `term`, in any case. Written as `lower(column) like …` rather than ILIKE
 * so that the column's `lower(…) text_pattern_ops` index serves it.
 */
export function startsWith(column: Column | SQL, term: string): SQL {
  return sql`lower(${column}) like ${prefixPattern(term.toLowerCase())}`;
}
