import { diagnoseGatewayFailure } from "@/lib/zim/signature-doctor";
import type { CallRecord } from "@/lib/zim/transport-error";

function seconds(value: number | null): string {
  if (value === null) return "unknown (no Date header)";
  return `${value > 0 ? "+" : ""}${value} s`;
}

/** For a gateway (1000000xx) answer: which check failed, with what was sent, and the likely cause. */
export function SignatureDoctor({ code, call }: { code: number; call: CallRecord }) {
  // Older records have no send time; then ZIM's own Date header is the only clock.
  const responseDate = call.responseHeaders?.date;
  const receivedAt = call.startedAt ? Date.parse(call.startedAt) + call.latencyMs : Date.parse(responseDate ?? "");
  const diagnosis = Number.isNaN(receivedAt)
    ? undefined
    : diagnoseGatewayFailure({ code, url: call.url, responseDate, receivedAt });
  if (!diagnosis) return null;
  const rows: [string, string][] = [
    ["Failed check", diagnosis.check],
    ["AppId sent", diagnosis.appId ?? "(missing)"],
    ["SignatureNonce sent", diagnosis.nonce ?? "(missing)"],
    ["Timestamp sent", diagnosis.timestamp ?? "(missing)"],
    ["SignatureVersion sent", diagnosis.signatureVersion ?? "(missing)"],
    ["ZIM clock minus this server's", seconds(diagnosis.clockOffsetSeconds)],
    ["Age of the Timestamp by ZIM's clock", `${seconds(diagnosis.timestampAgeSeconds)} (window ±600 s)`],
    ["String to sign (secret masked)", diagnosis.stringToSign ?? "(incomplete: a parameter is missing)"],
  ];
  return (
    <section aria-labelledby="doctor-heading" className="rounded-lg border border-info-line bg-info-soft p-4 text-sm">
      <h3 id="doctor-heading" className="font-semibold">
        Signature doctor
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 md:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="font-mono break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">
        <strong>Likely cause:</strong> {diagnosis.likelyCause}
      </p>
    </section>
  );
}
