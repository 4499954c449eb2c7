import { retryAdvice, type CodeEntry } from "@/lib/zim/code-catalog";

import { CodeLink } from "./code-link";

/** One code's entry; `level` keeps the heading order right wherever the card sits. */
export function CodeEntryCard({ entry, level = 3 }: { entry: CodeEntry; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article aria-label={`Code ${entry.code}`} className="rounded border border-divider bg-surface p-3 text-sm">
      <Heading className="font-semibold">
        <CodeLink code={entry.code} />
      </Heading>
      <p className="mt-1">{entry.meaning}</p>
      {entry.asSubCode && <p className="mt-1 text-muted">As a per-user SubCode: {entry.asSubCode}</p>}
      <p className="mt-1">
        <strong>What to do:</strong> {entry.action}
      </p>
      <p className="mt-1 text-muted">{retryAdvice(entry)}</p>
    </article>
  );
}
