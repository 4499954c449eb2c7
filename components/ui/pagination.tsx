import type { Cursor } from "@/lib/audit/keyset";

import { TextLink } from "./text-link";

/** Newer / Older links around a keyset page; `href` builds the URL of the page before or after a row. */
export function Pagination({
  newer,
  older,
  href,
}: {
  newer?: Cursor;
  older?: Cursor;
  href: (direction: "before" | "after", cursor: Cursor) => string;
}) {
  return (
    <nav aria-label="Pages" className="flex gap-3 text-sm">
      {newer && <TextLink href={href("after", newer)}>Newer</TextLink>}
      {older && <TextLink href={href("before", older)}>Older</TextLink>}
    </nav>
  );
}
