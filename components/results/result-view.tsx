"use client";

import { useEffect, useRef } from "react";
import type { SendAnswered, SendOutcome, SendTransportFailed } from "@/lib/send/send-outcome";
import { FailureGroups } from "./failure-groups";
import { RawExchange } from "./raw-exchange";
import { RequestLevelError } from "./request-level-error";
import { ResultSummary } from "./result-summary";
import { TargetTable } from "./target-table";

function AnsweredResult({ answered, roundTripMs }: { answered: SendAnswered; roundTripMs: number }) {
  const { result } = answered;
  return (
    <>
      <ResultSummary answered={answered} roundTripMs={roundTripMs} />
      {result.code !== 0 && <RequestLevelError code={result.code} allFailed={result.kind === "all-failed"} />}
      <TargetTable result={result} />
      <FailureGroups result={result} />
      <RawExchange call={answered.call} />
    </>
  );
}

const FAILURE_HINTS: Record<SendTransportFailed["failure"], string> = {
  timeout: "Check the Request ID in ZIM's logs before sending again: the requests may have gone out.",
  network: "Check ZIM_API_BASE and this server's network; nothing was decoded.",
  "http-status": "A gateway or proxy answered instead of ZIM; retrying later can help.",
  "not-json": "Something between this server and ZIM answered instead of ZIM; retrying later can help.",
  "bad-envelope": "Check that ZIM_API_BASE points at a ZIM server API host.",
};

function TransportFailure({ failed }: { failed: SendTransportFailed }) {
  return (
    <>
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
        <h2 id="result-heading" tabIndex={-1} className="text-lg font-semibold text-red-800">
          The call did not complete
        </h2>
        <p className="mt-1 text-sm">{failed.message}</p>
        <p className="mt-1 text-sm">{FAILURE_HINTS[failed.failure]}</p>
        <p className="mt-1 text-sm text-slate-600">Nothing you typed is lost.</p>
      </div>
      <RawExchange call={failed.call} />
    </>
  );
}

export function ResultView({ outcome, roundTripMs }: { outcome: SendOutcome; roundTripMs: number }) {
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    container.current?.querySelector<HTMLElement>("#result-heading")?.focus();
  }, [outcome]);

  return (
    <section ref={container} aria-label="Result" className="space-y-4">
      {outcome.status === "answered" && <AnsweredResult answered={outcome} roundTripMs={roundTripMs} />}
      {outcome.status === "transport-failed" && <TransportFailure failed={outcome} />}
      {outcome.status === "invalid" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          The server refused {outcome.issues.length} field{outcome.issues.length === 1 ? "" : "s"}; each is marked on the form. Nothing was sent.
        </p>
      )}
      {outcome.status === "failed" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
