"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

import type { SendAnswered, SendOutcome, SendTransportFailed } from "@/lib/results/send-outcome";
import type { SendFormValues } from "@/lib/zim/send-schema";

import { FailureGroups } from "./failure-groups";
import { RequestInspector } from "./request-inspector";
import { RequestLevelError } from "./request-level-error";
import { ResultSummary } from "./result-summary";
import { RetryPanel } from "./retry-panel";
import { SignatureDoctor } from "./signature-doctor";
import { TargetTable } from "./target-table";

function AnsweredResult({ answered, roundTripMs }: { answered: SendAnswered; roundTripMs?: number }) {
  const { result } = answered;
  return (
    <>
      <ResultSummary result={result} call={answered.call} environment={answered.environment} roundTripMs={roundTripMs} />
      {result.code !== 0 && <RequestLevelError code={result.code} allFailed={result.kind === "all-failed"} />}
      <SignatureDoctor code={result.code} call={answered.call} />
      <TargetTable result={result} />
      <FailureGroups result={result} />
    </>
  );
}

const FAILURE_HINTS: Record<SendTransportFailed["failure"], string> = {
  timeout: "Check the Request ID in ZIM's logs before sending again: the requests may have gone out.",
  network: "Check the environment's base URL and this server's network; nothing was decoded.",
  "http-status": "A gateway or proxy answered instead of ZIM; retrying later can help.",
  "not-json": "Something between this server and ZIM answered instead of ZIM; retrying later can help.",
  "bad-envelope": "Check that the environment's base URL points at a ZIM server API host.",
};

function TransportFailure({ failed }: { failed: SendTransportFailed }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
      <h2 id="result-heading" tabIndex={-1} className="text-lg font-semibold text-red-800">
        The call did not complete
      </h2>
      <p className="mt-1 text-sm">{failed.message}</p>
      <p className="mt-1 text-sm">{FAILURE_HINTS[failed.failure]}</p>
      <p className="mt-1 text-sm text-slate-600">Nothing you typed is lost.</p>
    </div>
  );
}

function SendLinks({ sendId }: { sendId: string }) {
  return (
    <p className="flex flex-wrap gap-4 text-sm">
      <Link href={`/history/${sendId}`} className="text-sky-800 hover:underline">
        Open in History
      </Link>
      <a href={`/history/${sendId}/csv`} className="text-sky-800 hover:underline">
        Export CSV
      </a>
      <a href={`/history/${sendId}/json`} className="text-sky-800 hover:underline">
        Export JSON
      </a>
    </p>
  );
}

/** The result of one send, fresh or from History; `input` enables retrying its failed targets. */
export function ResultView({
  outcome,
  roundTripMs,
  input,
}: {
  outcome: SendOutcome;
  roundTripMs?: number;
  input?: SendFormValues;
}) {
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    container.current?.querySelector<HTMLElement>("#result-heading")?.focus();
  }, [outcome]);

  const message =
    outcome.status === "invalid"
      ? `The server refused ${outcome.issues.length} field${outcome.issues.length === 1 ? "" : "s"}; each is marked on the form. Nothing was sent.`
      : outcome.status === "failed" || outcome.status === "denied"
        ? outcome.message
        : undefined;

  return (
    <section ref={container} aria-label="Result" className="space-y-4">
      {outcome.status === "answered" && <AnsweredResult answered={outcome} roundTripMs={roundTripMs} />}
      {outcome.status === "transport-failed" && <TransportFailure failed={outcome} />}
      {(outcome.status === "answered" || outcome.status === "transport-failed") && (
        <>
          <SendLinks sendId={outcome.sendId} />
          {input && <RetryPanel outcome={outcome} input={input} />}
          <RequestInspector call={outcome.call} />
        </>
      )}
      {message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      )}
    </section>
  );
}
