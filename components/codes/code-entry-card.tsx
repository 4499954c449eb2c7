import { retryAdvice, type CodeEntry } from "@/lib/zim/code-catalog";

import { CodeLink } from "./code-link";

export function CodeEntryCard({ entry }: { entry: CodeEntry }) {
  return (
    <article aria-label={`Code ${entry.code}`} className="rounded border border-divider bg-surface p-3 text-sm">
      <h3 className="font-semibold">
        <CodeLink code={entry.code} />
      </h3>
      <p className="mt-1">{entry.meaning}</p>
      {entry.asSubCode && <p className="mt-1 text-muted">As a per-user SubCode: {entry.asSubCode}</p>}
      <p className="mt-1">
        <strong>What to do:</strong> {entry.action}
      </p>
      <p className="mt-1 text-muted">{retryAdvice(entry)}</p>
    </article>
  );
}
