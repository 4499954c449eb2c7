import { encodeCursor, type Cursor } from "@/lib/audit/keyset";

/** A neighbouring page of a filtered list: the URL's own filters, kept as typed; only the cursor changes. */
export function pageLinks(path: string, params: Record<string, string | string[] | undefined>) {
  return (direction: "before" | "after", cursor: Cursor) => {
    const next = new URLSearchParams(
      Object.entries(params).flatMap(([key, value]) =>
        typeof value === "string" && value !== "" && key !== "before" && key !== "after" ? [[key, value]] : [],
      ),
    );
    next.set(direction, encodeCursor(cursor));
    return `${path}?${next.toString()}`;
  };
}
