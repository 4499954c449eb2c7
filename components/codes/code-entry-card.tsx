import type { CodeEntry } from "@/lib/zim/code-catalog";

import { CodeLink } from "./code-link";

export function CodeEntryCard({ entry }: { entry: CodeEntry }) {
  return (
    <article aria-label={`Code ${entry.code}`} className="rounded border border-slate-200 bg-white p-3 text-sm">
      <h3 className="font-semibold">
        <CodeLink code={entry.code} />
      </h3>
      <p className="mt-1">{entry.meaning}</p>
      {entry.asSubCode && <p className="mt-1 text-slate-700">As a per-user SubCode: {entry.asSubCode}</p>}
      <p className="mt-1">
        <strong>What to do:</strong> {entry.action}
      </p>
      <p className="mt-1 text-slate-600">{entry.retryable ? "Retrying can help." : "Retrying the same call will not help."}</p>
    </article>
  );
}
