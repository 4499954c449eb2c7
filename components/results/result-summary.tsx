import { CodeLink } from "@/components/codes/code-link";
import { CopyButton } from "@/components/ui/copy-button";
import { KIND_HEADLINES } from "@/lib/results/explain-outcome";
import type { SendAnswered } from "@/lib/results/send-outcome";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";
import type { CallRecord } from "@/lib/zim/transport-error";

const KIND_STYLE = {
  "all-sent": "border-emerald-300 bg-emerald-50",
  partial: "border-amber-300 bg-amber-50",
  "all-failed": "border-red-300 bg-red-50",
  rejected: "border-red-300 bg-red-50",
} as const;

/** The summary of a result; a decoded paste has no call or environment, a live send has both. */
export function ResultSummary({
  result,
  call,
  environment,
  roundTripMs,
}: {
  result: DecodedSendResult;
  call?: CallRecord;
  environment?: SendAnswered["environment"];
  roundTripMs?: number;
}) {
  return (
    <div className={`rounded-lg border p-4 ${KIND_STYLE[result.kind]}`}>
      <h2 id="result-heading" tabIndex={-1} className="text-lg font-semibold">
        {KIND_HEADLINES[result.kind]}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">Sent</dt>
          <dd aria-label="Sent count" className="text-xl font-semibold tabular-nums">
            {result.sentCount}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Failed</dt>
          <dd aria-label="Failed count" className="text-xl font-semibold tabular-nums">
            {result.failedCount}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Code</dt>
          <dd aria-label="Code" className="font-mono">
            <CodeLink code={result.code} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Message</dt>
          <dd className="font-mono">{result.message || "(empty)"}</dd>
        </div>
        <div className="col-span-2">
          <dt className="text-slate-600">RequestId</dt>
          <dd className="flex items-center gap-2">
            <span aria-label="RequestId" className="font-mono">
              {result.requestId || "(none)"}
            </span>
            {result.requestId && <CopyButton value={result.requestId} label="Copy RequestId" />}
          </dd>
        </div>
        {call && (
          <div>
            <dt className="text-slate-600">Latency</dt>
            <dd className="tabular-nums">
              {call.latencyMs} ms ZIM{roundTripMs === undefined ? "" : ` · ${roundTripMs} ms total`}
            </dd>
          </div>
        )}
        {environment && (
          <div>
            <dt className="text-slate-600">Environment</dt>
            <dd>
              {environment.name} · AppId {environment.appId}
              {environment.production && <strong className="ml-1 text-red-700">production</strong>}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
