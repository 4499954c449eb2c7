import { TextLink } from "./text-link";

/** Newer / Older links around the current page; `href` builds a page's URL. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  return (
    <nav aria-label="Pages" className="flex gap-3 text-sm">
      {page > 1 && <TextLink href={href(page - 1)}>Newer</TextLink>}
      {page < pages && <TextLink href={href(page + 1)}>Older</TextLink>}
    </nav>
  );
}
