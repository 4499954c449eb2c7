import { toStorableText } from "@/lib/zim/storable-text";

/**
 * A copy of an upstream answer that PostgreSQL can store: every string (keys included) without
 * U+0000 or lone surrogates. `altered` says whether anything had to be replaced, so the record can
 * say so. Numbers need nothing: the code columns are bigint and JSONB holds any JSON number.
 */
export function makeStorable<T>(value: T): { value: T; altered: boolean } {
  let altered = false;
  const visit = (item: unknown): unknown => {
    if (typeof item === "string") {
      const { text, replaced } = toStorableText(item);
      altered ||= replaced;
      return text;
    }
    if (Array.isArray(item)) return item.map(visit);
    if (item !== null && typeof item === "object") {
      return Object.fromEntries(Object.entries(item).map(([key, entry]) => [visit(key), visit(entry)]));
    }
    return item;
  };
  const storable = visit(value) as T;
  return { value: altered ? storable : value, altered };
}
