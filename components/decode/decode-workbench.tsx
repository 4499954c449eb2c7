"use client";

import { useState } from "react";
import { decodePasted, type PastedDecode } from "@/lib/zim/decode-pasted";
import { FailureGroups } from "@/components/results/failure-groups";
import { RequestLevelError } from "@/components/results/request-level-error";
import { ResultSummary } from "@/components/results/result-summary";
import { TargetTable } from "@/components/results/target-table";
import { Button } from "@/components/ui/button";

const AREA = "mt-1 w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs aria-invalid:border-red-500";

/** Paste a ZIM answer (from a log or a ticket), and optionally its request, to read it like a live send. */
export function DecodeWorkbench() {
  const [responseText, setResponseText] = useState("");
  const [requestText, setRequestText] = useState("");
  const [decoded, setDecoded] = useState<PastedDecode>();
  const error = decoded && !decoded.ok ? decoded.error : undefined;

  return (
    <div className="space-y-4">
      <form
        aria-label="Decode a response"
        onSubmit={(event) => {
          event.preventDefault();
          setDecoded(decodePasted({ responseText, requestText }));
        }}
        className="grid gap-3 md:grid-cols-2"
      >
        <div>
          <label htmlFor="pasted-response" className="text-sm font-medium">ZIM response (JSON)</label>
          <textarea
            id="pasted-response"
            rows={10}
            value={responseText}
            onChange={(event) => setResponseText(event.target.value)}
            aria-invalid={error?.field === "response" ? true : undefined}
            aria-describedby="pasted-response-error"
            className={AREA}
          />
          {error?.field === "response" && <p id="pasted-response-error" role="alert" className="text-xs text-red-700">{error.message}</p>}
        </div>
        <div>
          <label htmlFor="pasted-request" className="text-sm font-medium">Request body it answered (optional)</label>
          <textarea
            id="pasted-request"
            rows={10}
            value={requestText}
            onChange={(event) => setRequestText(event.target.value)}
            aria-invalid={error?.field === "request" ? true : undefined}
            aria-describedby="pasted-request-error"
            className={AREA}
          />
          {error?.field === "request" && <p id="pasted-request-error" role="alert" className="text-xs text-red-700">{error.message}</p>}
        </div>
        <div>
          <Button type="submit" variant="primary">Decode</Button>
        </div>
      </form>
      {decoded?.ok && (
        <section aria-label="Result" className="space-y-4">
          <ResultSummary result={decoded.result} />
          {!decoded.requestKnown && (
            <p className="text-sm text-amber-800">Without the request, only the targets listed in ErrorList are known; paste the request to see every target.</p>
          )}
          {decoded.result.code !== 0 && <RequestLevelError code={decoded.result.code} allFailed={decoded.result.kind === "all-failed"} />}
          <TargetTable result={decoded.result} />
          <FailureGroups result={decoded.result} />
        </section>
      )}
    </div>
  );
}
