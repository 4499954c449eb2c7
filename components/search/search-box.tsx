/** The one search box (header, search page, 404 page): a GET form to /search, so results have a URL to share. */
export function SearchBox({
  id = "site-search",
  name = "Search sends and QA calls",
  defaultValue = "",
  wide = false,
}: {
  id?: string;
  /** Each search landmark on a page needs its own name. */
  name?: string;
  defaultValue?: string;
  wide?: boolean;
}) {
  return (
    <form method="get" action="/search" role="search" aria-label={name} className="flex min-w-0 items-center gap-1">
      <label htmlFor={id} className="sr-only">
        Search by RequestId, ticket or user ID
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="RequestId, ticket, user ID…"
        className={`min-w-0 rounded border border-border bg-surface px-2 py-1 text-sm text-text ${wide ? "w-full" : "w-44 lg:w-56"}`}
      />
      <button type="submit" className="rounded border border-border bg-surface px-2 py-1 text-sm hover:bg-subtle">
        Search
      </button>
    </form>
  );
}
