"use client";

import { useState } from "react";

import { FailureGroups } from "@/components/results/failure-groups";
import { RequestLevelError } from "@/components/results/request-level-error";
import { ResultSummary } from "@/components/results/result-summary";
import { TargetTable } from "@/components/results/target-table";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { decodePasted, type PastedDecode } from "@/lib/zim/decode-pasted";

function JsonArea({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <Textarea
        id={id}
        rows={10}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        className="mt-1 w-full font-mono text-xs"
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

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
        <JsonArea
          id="pasted-response"
          label="ZIM response (JSON)"
          value={responseText}
          onChange={setResponseText}
          error={error?.field === "response" ? error.message : undefined}
        />
        <JsonArea
          id="pasted-request"
          label="Request body it answered (optional)"
          value={requestText}
          onChange={setRequestText}
          error={error?.field === "request" ? error.message : undefined}
        />
        <div>
          <Button type="submit" variant="primary">
            Decode
          </Button>
        </div>
      </form>
      {decoded?.ok && (
        <section aria-label="Result" className="space-y-4">
          <ResultSummary result={decoded.value.result} requestKnown={decoded.value.requestKnown} />
          {!decoded.value.requestKnown && (
            <p className="text-sm text-warning">
              Without the request, only the targets listed in ErrorList are known; paste the request to see every target.
            </p>
          )}
          {decoded.value.result.code !== 0 && (
            <RequestLevelError code={decoded.value.result.code} allFailed={decoded.value.result.kind === "all-failed"} />
          )}
          <TargetTable result={decoded.value.result} />
          <FailureGroups result={decoded.value.result} />
        </section>
      )}
    </div>
  );
}
