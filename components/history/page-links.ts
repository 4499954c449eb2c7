/** A page of a filtered list: the URL's own filters, kept as typed; only the page changes. */
export function pageLinks(path: string, params: Record<string, string | string[] | undefined>) {
  return (page: number) => {
    const next = new URLSearchParams(
      Object.entries(params).flatMap(([key, value]) => (typeof value === "string" && value !== "" ? [[key, value]] : [])),
    );
    next.set("page", String(page));
    return `${path}?${next.toString()}`;
  };
}
