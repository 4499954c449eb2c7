import { CodeLink } from "@/components/codes/code-link";
import { CopyButton } from "@/components/ui/copy-button";
import { Panel, type Tone } from "@/components/ui/notice";
import { KIND_HEADLINES } from "@/lib/results/explain-outcome";
import type { SendAnswered } from "@/lib/results/send-outcome";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";
import type { CallRecord } from "@/lib/zim/transport-error";

const KIND_TONE: Record<DecodedSendResult["kind"], Tone> = {
  "all-sent": "success",
  partial: "warning",
  "all-failed": "error",
  rejected: "error",
};

/** The summary of a result; a decoded paste has no call or environment, a live send has both. */
export function ResultSummary({
  result,
  call,
  environment,
  roundTripMs,
  timing,
  requestKnown = true,
}: {
  result: DecodedSendResult;
  /** A decoded answer pasted without its request: who was sent to is not known, only who failed. */
  requestKnown?: boolean;
  call?: CallRecord;
  environment?: SendAnswered["environment"];
  roundTripMs?: number;
  timing?: SendAnswered["timing"];
}) {
  return (
    <Panel tone={KIND_TONE[result.kind]}>
      <h2 id="result-heading" tabIndex={-1} className="text-lg font-semibold">
        {KIND_HEADLINES[result.kind]}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-muted">Sent</dt>
          {requestKnown || result.code !== 0 ? (
            <dd aria-label="Sent count" className="text-xl font-semibold tabular-nums">
              {result.sentCount}
            </dd>
          ) : (
            <dd aria-label="Sent count" className="font-semibold">
              at least 1 — paste the request to see who
            </dd>
          )}
        </div>
        <div>
          <dt className="text-muted">Failed</dt>
          <dd aria-label="Failed count" className="text-xl font-semibold tabular-nums">
            {result.failedCount}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Code</dt>
          <dd aria-label="Code" className="font-mono">
            <CodeLink code={result.code} />
          </dd>
        </div>
        <div>
          <dt className="text-muted">Message</dt>
          <dd className="font-mono">{result.message || "(empty)"}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-muted">RequestId</dt>
          <dd className="flex items-center gap-2">
            <span aria-label="RequestId" className="font-mono">
              {result.requestId || "(none)"}
            </span>
            {result.requestId && <CopyButton value={result.requestId} label="Copy RequestId" />}
          </dd>
        </div>
        {call && (
          <div>
            <dt className="text-muted">Latency</dt>
            <dd className="tabular-nums">
              {call.latencyMs} ms ZIM
              {timing && <span title={timing.summary}> · {timing.totalMs} ms server</span>}
              {roundTripMs === undefined ? "" : ` · ${roundTripMs} ms total`}
            </dd>
          </div>
        )}
        {environment && (
          <div>
            <dt className="text-muted">Environment</dt>
            <dd>
              {environment.name} · AppId {environment.appId}
              {environment.production && <strong className="ml-1 text-danger">production</strong>}
            </dd>
          </div>
        )}
      </dl>
    </Panel>
  );
}
