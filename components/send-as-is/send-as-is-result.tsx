import { CodeLink } from "@/components/codes/code-link";
import { RequestInspector } from "@/components/results/request-inspector";
import { RequestLevelError } from "@/components/results/request-level-error";
import { SignatureDoctor } from "@/components/results/signature-doctor";
import { TargetTable } from "@/components/results/target-table";
import { Panel } from "@/components/ui/notice";
import type { SendAsIsOutcome } from "@/lib/qa/send-as-is";

export function SendAsIsResult({ outcome }: { outcome: SendAsIsOutcome }) {
  const { envelope } = outcome;
  return (
    <section aria-label="Result" className="space-y-4">
      <p className="text-sm text-muted">Probe: {outcome.probeNote}</p>
      {outcome.transport && (
        <Panel tone="error" role="alert" className="text-sm">
          <h2 className="text-lg font-semibold">The call did not complete</h2>
          <p className="mt-1">{outcome.transport.message}</p>
        </Panel>
      )}
      {envelope && (
        <Panel className="text-sm">
          <h2 className="text-lg font-semibold">
            ZIM answered Code{" "}
            <span aria-label="Code">
              <CodeLink code={envelope.code} />
            </span>
          </h2>
          <p className="mt-1">
            Message <span className="font-mono">{envelope.message || "(empty)"}</span> · RequestId{" "}
            <span aria-label="RequestId" className="font-mono">
              {envelope.requestId || "(none)"}
            </span>{" "}
            · HTTP {outcome.call.status}
          </p>
          {outcome.firstCode !== undefined && (
            <p className="mt-1">
              The first call with this nonce answered <CodeLink code={outcome.firstCode} />; the reuse answered{" "}
              <CodeLink code={envelope.code} />. ZEGO does not document whether a reused nonce is refused.
            </p>
          )}
        </Panel>
      )}
      {envelope && envelope.code !== 0 && <RequestLevelError code={envelope.code} allFailed={false} />}
      {envelope && <SignatureDoctor code={envelope.code} call={outcome.call} />}
      {outcome.decoded && <TargetTable result={outcome.decoded} />}
      {outcome.decodeProblem && <p className="text-sm text-warning">{outcome.decodeProblem}</p>}
      <RequestInspector call={outcome.call} />
    </section>
  );
}
