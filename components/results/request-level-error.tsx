import { CodeLink } from "@/components/codes/code-link";
import { describeCode, retryAdvice } from "@/lib/zim/code-catalog";

/** Why the call as a whole failed, above the per-user table. */
export function RequestLevelError({ code, allFailed }: { code: number; allFailed: boolean }) {
  const entry = describeCode(code);
  return (
    <section aria-labelledby="call-error-heading" className="rounded-lg border border-danger-line bg-surface p-4">
      <h3 id="call-error-heading" className="font-semibold text-danger">
        {allFailed ? `No target succeeded: Code ${code}` : `Whole call rejected: Code ${code}`}
      </h3>
      <p className="mt-1 text-sm">{entry.meaning}</p>
      <p className="mt-1 text-sm">
        <strong>What to do:</strong> {entry.action}
      </p>
      <p className="mt-1 text-sm">{retryAdvice(entry)}</p>
      <p className="mt-1 text-sm">
        Reference: <CodeLink code={code} />
      </p>
      {entry.category === "gateway" && (
        <p className="mt-1 text-sm text-muted">This is a gateway (authentication) code: ZIM looked at none of the targets.</p>
      )}
    </section>
  );
}
