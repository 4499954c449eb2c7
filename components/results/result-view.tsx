"use client";

import { useEffect, useRef } from "react";

import { useFollowUp } from "@/components/preflight/follow-up";
import { ZonedDownloadLink } from "@/components/time/zoned-download-link";
import { Notice, Panel } from "@/components/ui/notice";
import { DownloadLink, TextLink } from "@/components/ui/text-link";
import type { SendPrediction } from "@/lib/preflight/prediction";
import type { SendAnswered, SendOutcome, SendTransportFailed } from "@/lib/results/send-outcome";
import type { SendFormValues } from "@/lib/zim/send-schema";

import { FailureGroups } from "./failure-groups";
import { RequestInspector } from "./request-inspector";
import { RequestLevelError } from "./request-level-error";
import { ResultSummary } from "./result-summary";
import { RetryPanel } from "./retry-panel";
import { SignatureDoctor } from "./signature-doctor";
import { TargetTable } from "./target-table";

type Checks = {
  /** The preflight the send was made after: each row shows its prediction. */
  prediction?: SendPrediction;
  /** Targets left out because they were predicted to fail. */
  leftOut?: readonly string[];
  /** Just sent from the form: the follow-up may run at once. */
  fresh?: boolean;
};

function AnsweredResult({
  answered,
  roundTripMs,
  input,
  prediction,
  leftOut = [],
  fresh = false,
}: { answered: SendAnswered; roundTripMs?: number; input?: SendFormValues } & Checks) {
  const { result } = answered;
  // The follow-up needs an operator's form input (its FromUserId); History gives it to operators only.
  const followUp = useFollowUp({ answered, fromUserId: input?.fromUserId ?? "", fresh: fresh && input !== undefined });
  const checkable = input !== undefined;
  return (
    <>
      <ResultSummary
        result={result}
        call={answered.call}
        environment={answered.environment}
        roundTripMs={roundTripMs}
        timing={answered.timing}
      />
      {result.code !== 0 && <RequestLevelError code={result.code} allFailed={result.kind === "all-failed"} />}
      <SignatureDoctor code={result.code} call={answered.call} />
      {leftOut.length > 0 && (
        <Notice tone="info">
          Left out as predicted to fail, not sent: <span className="font-mono">{leftOut.join(", ")}</span>.
        </Notice>
      )}
      {checkable && followUp.controls}
      <TargetTable result={result} prediction={prediction} followUps={checkable ? followUp.followUps : undefined} />
      <FailureGroups result={result} />
    </>
  );
}

const FAILURE_HINTS: Record<SendTransportFailed["failure"], string> = {
  timeout:
    "No RequestId was received: ZIM may have received the call and sent some or all of the requests. Check the targets before sending again.",
  network: "Check the environment's base URL and this server's network; nothing was decoded.",
  "http-status": "A gateway or proxy answered instead of ZIM; retrying later can help.",
  "not-json": "Something between this server and ZIM answered instead of ZIM; retrying later can help.",
  "bad-envelope": "Check that the environment's base URL points at a ZIM server API host.",
};

function TransportFailure({ failed }: { failed: SendTransportFailed }) {
  return (
    <Panel tone="error" role="alert">
      <h2 id="result-heading" tabIndex={-1} className="text-lg font-semibold">
        The call did not complete
      </h2>
      <p className="mt-1 text-sm">{failed.message}</p>
      <p className="mt-1 text-sm">{FAILURE_HINTS[failed.failure]}</p>
      <p className="mt-1 text-sm text-muted">Nothing you typed is lost.</p>
    </Panel>
  );
}

/** The draft stays in this browser; signing in again comes back to this page with it. */
function SignInAgain() {
  const next = `${window.location.pathname}${window.location.search}`;
  return (
    <>
      {" "}
      Nothing you typed is lost.{" "}
      <TextLink href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-semibold">
        Sign in again
      </TextLink>
    </>
  );
}

function SendLinks({ sendId }: { sendId: string }) {
  return (
    <p className="flex flex-wrap gap-4 text-sm">
      <TextLink href={`/history/${sendId}`}>Open in History</TextLink>
      <ZonedDownloadLink href={`/history/${sendId}/csv`}>Export CSV</ZonedDownloadLink>
      <DownloadLink href={`/history/${sendId}/json`}>Export JSON</DownloadLink>
    </p>
  );
}

/** The result of one send, fresh or from History; `input` enables retrying its failed targets. */
export function ResultView({
  outcome,
  roundTripMs,
  input,
  ...checks
}: {
  outcome: SendOutcome;
  roundTripMs?: number;
  input?: SendFormValues;
} & Checks) {
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

  const sent = outcome.status === "answered" || outcome.status === "transport-failed" ? outcome : undefined;
  return (
    <section ref={container} aria-label="Result" className="space-y-4">
      {sent?.unrecorded && (
        <Notice tone="error" role="alert">
          <strong>Sent, but the result could not be recorded: do not send again.</strong> The call reached ZIM
          {sent.status === "answered" && sent.result.requestId ? ` (RequestId ${sent.result.requestId})` : ""}; History marks this
          send &quot;Sent, result not recorded&quot;. Check the targets there before doing anything else.
        </Notice>
      )}
      {sent?.alteredForStorage && (
        <Notice tone="warning">
          ZIM&apos;s answer held characters that cannot be stored (U+0000 or half of a surrogate pair); they are shown and kept as
          �. The response body below is ZIM&apos;s answer as it arrived, with its escapes.
        </Notice>
      )}
      {outcome.status === "answered" && <AnsweredResult answered={outcome} roundTripMs={roundTripMs} input={input} {...checks} />}
      {outcome.status === "transport-failed" && <TransportFailure failed={outcome} />}
      {(outcome.status === "answered" || outcome.status === "transport-failed") && (
        <>
          <SendLinks sendId={outcome.sendId} />
          {input && <RetryPanel outcome={outcome} input={input} />}
          <RequestInspector call={outcome.call} />
        </>
      )}
      {message && (
        <Notice tone="error" role="alert">
          {message}
          {outcome.status === "denied" && outcome.signedOut && <SignInAgain />}
        </Notice>
      )}
    </section>
  );
}
