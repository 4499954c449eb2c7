import { and, asc, count, desc, sql, type Column, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

import type { Database } from "@/lib/db/client";

/**
 * A place in a newest-first list: the row's creation time in microseconds (PostgreSQL's own
 * precision, which a JavaScript Date would round) and its id, which breaks ties.
 */
export type Cursor = { micros: string; id: string };

/** Which page: the newest, the one older than a row, or the one newer than a row. */
export type PageAt = { before?: Cursor; after?: Cursor };

const CURSOR = /^(\d{1,17})~([\w-]{1,64})$/;

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.micros}~${cursor.id}`;
}

/** A cursor from the URL, or undefined when it is not one (a stale or edited link shows the newest page). */
export function decodeCursor(value: string | undefined): Cursor | undefined {
  const match = value ? CURSOR.exec(value) : null;
  return match?.[1] && match[2] ? { micros: match[1], id: match[2] } : undefined;
}

/** The columns a newest-first list is keyed on. */
export type KeyColumns = { createdAt: Column; id: Column };

/** The row's creation time in microseconds since the epoch, as text: the cursor's first half. */
export const microsOf = (createdAt: Column) =>
  sql<string>`(extract(epoch from ${createdAt}) * 1000000)::bigint::text`.mapWith(String);

function compareTo({ createdAt, id }: KeyColumns, cursor: Cursor, operator: "<" | ">"): SQL {
  const instant = sql`(timestamptz 'epoch' + ${cursor.micros}::bigint * interval '1 microsecond')`;
  return sql`(${createdAt}, ${id}) ${sql.raw(operator)} (${instant}, ${cursor.id})`;
}

/**
 * The WHERE and ORDER BY of one page, walked along the (created_at, id) index either way: older
 * pages descend from `before`, newer ones ascend from `after` (and are reversed for display).
 */
export function keysetPage(columns: KeyColumns, at: PageAt) {
  if (at.after) {
    return { where: compareTo(columns, at.after, ">"), orderBy: [asc(columns.createdAt), asc(columns.id)], ascending: true };
  }
  return {
    where: at.before ? compareTo(columns, at.before, "<") : undefined,
    orderBy: [desc(columns.createdAt), desc(columns.id)],
    ascending: false,
  };
}

/** A page of rows newest first, with the cursors of its neighbours (undefined where there is none). */
export type KeysetPage<Row> = { rows: Row[]; newer?: Cursor; older?: Cursor };

/**
 * Turns the `limit + 1` rows a page query fetched into the page: one extra row means more lie in
 * the direction walked; the way we came from always has more.
 */
export function toKeysetPage<Row extends { micros: string; id: string }>(
  fetched: Row[],
  { at, limit }: { at: PageAt; limit: number },
): KeysetPage<Row> {
  const more = fetched.length > limit;
  const page = fetched.slice(0, limit);
  const rows = at.after ? page.reverse() : page;
  const first = rows[0];
  const last = rows.at(-1);
  const cursorOf = (row: Row | undefined) => (row ? { micros: row.micros, id: row.id } : undefined);
  const hasNewer = at.after ? more : at.before !== undefined;
  const hasOlder = at.after ? true : more;
  return { rows, newer: hasNewer ? cursorOf(first) : undefined, older: hasOlder ? cursorOf(last) : undefined };
}

/** Beyond this many matches a list says "more than" instead of counting every row: a bounded index walk, never a full count. */
export const COUNT_CAP = 1000;

/** Counts the matches up to COUNT_CAP + 1: a bounded index walk however broad the filter. */
export function cappedCount(db: Database, table: PgTable, where: SQL | undefined) {
  return db.select({ value: count() }).from(
    db
      .select({ one: sql`1` })
      .from(table)
      .where(where)
      .limit(COUNT_CAP + 1)
      .as("capped"),
  );
}

/** Runs a page's two queries and makes the page of `toRow`'s records, with its neighbours and the capped count. */
export async function readKeysetPage<Raw, Row extends { id: string }>(
  queries: { rows: PromiseLike<{ row: Raw; micros: string }[]>; count: PromiseLike<{ value: number }[]> },
  toRow: (raw: Raw) => Row,
  { at, limit }: { at: PageAt; limit: number },
): Promise<KeysetPage<Row & { micros: string }> & { total: number }> {
  const [fetched, [counted]] = await Promise.all([queries.rows, queries.count]);
  const page = toKeysetPage(
    fetched.map(({ row, micros }) => ({ ...toRow(row), micros })),
    { at, limit },
  );
  return { ...page, total: counted?.value ?? 0 };
}

export const joinConditions = (conditions: (SQL | undefined)[]) =>
  and(...conditions.filter((condition) => condition !== undefined));
