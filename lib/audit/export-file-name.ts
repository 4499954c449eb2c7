/** Letters, digits, dot, dash and underscore only: safe in a Content-Disposition header and any file system. */
function safePart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

/** "send-TICKET-123-RequestId.csv": the ticket and the RequestId when there are, else the record's id. */
export function exportFileName({
  kind,
  id,
  ticket = "",
  requestId,
  extension,
}: {
  kind: "send" | "call" | "job";
  id: string;
  ticket?: string;
  requestId: string | null;
  extension: "csv" | "json";
}): string {
  const parts = [kind, safePart(ticket), safePart(requestId ?? "") || id.slice(0, 8)].filter((part) => part !== "");
  return `${parts.join("-")}.${extension}`;
}
