"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { retryBulkJobAction } from "@/app/bulk/actions";
import { ProductionConfirmation } from "@/components/send-form/production-confirmation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";

/** Sends the rows that failed with a retryable code again, as a new job linked to this one. */
export function JobRetry({
  jobId,
  production,
  isAdmin,
  unknownRows,
}: {
  jobId: string;
  production: boolean;
  isAdmin: boolean;
  unknownRows: number;
}) {
  const router = useRouter();
  const [includeUnknown, setIncludeUnknown] = useState(false);
  const [confirmation, setConfirmation] = useState("");
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function retry() {
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await retryBulkJobAction({ jobId, includeUnknown, confirmation });
      if (isRefusal(answer)) return setProblem(describeRefusal(answer));
      router.push(`/bulk/${answer.jobId}`);
    } catch {
      setProblem("The server could not be reached. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="retry-heading" className="mt-6 rounded border border-border p-3">
      <h2 id="retry-heading" className="text-lg font-semibold">
        Retry
      </h2>
      <p className="text-sm text-muted">
        Rows that failed with a code where sending again can help (rate limit, busy server) go into a new job linked to this one.
      </p>
      {unknownRows > 0 && (
        <label className="mt-2 flex items-center gap-1 text-sm">
          <input type="checkbox" checked={includeUnknown} onChange={(event) => setIncludeUnknown(event.target.checked)} />
          Also the {unknownRows} rows with outcome unknown (they may have been sent already)
        </label>
      )}
      {production && (
        <div className="mt-2">
          <ProductionConfirmation
            environmentName="this job's environment"
            allowed={isAdmin}
            value={confirmation}
            onChange={setConfirmation}
            asking="the number of rows retried"
          />
        </div>
      )}
      {problem && (
        <Notice tone="error" role="alert" className="mt-2">
          {problem}
        </Notice>
      )}
      <Button className="mt-2" disabled={busy} onClick={() => void retry()}>
        Retry failed-retryable rows
      </Button>
    </section>
  );
}
