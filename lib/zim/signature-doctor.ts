import { SIGNATURE_WINDOW_SECONDS } from "./limits";

export type GatewayDiagnosis = {
  code: number;
  check: string;
  appId: string | null;
  nonce: string | null;
  timestamp: string | null;
  signatureVersion: string | null;
  /** Upstream clock minus this server's clock, from the answer's Date header. */
  clockOffsetSeconds: number | null;
  /** Upstream clock minus the Timestamp sent. */
  timestampAgeSeconds: number | null;
  stringToSign: string | null;
  likelyCause: string;
};

const CHECKS: Record<number, [check: string, cause: string]> = {
  100000001: ["AppId format", "AppId is missing or not a decimal number: check the environment's App ID."],
  100000002: ["Timestamp present", "The Timestamp parameter was not sent."],
  100000003: ["Timestamp format", "Timestamp is not a whole number of seconds (milliseconds or a date were sent?)."],
  100000004: [
    "Timestamp within ±10 minutes",
    "The Timestamp is more than 10 minutes from ZIM's clock: this machine's clock is off, or the request was replayed late.",
  ],
  100000005: [
    "MD5 signature",
    "The signature does not match: the ServerSecret does not belong to this AppId, or the nonce, timestamp or order of the string to sign differ. A nonce used again within 10 minutes is refused the same way (the simulator does; ZEGO does not document it).",
  ],
  100000006: ["Action present", "The Action parameter was not sent."],
  100000007: ["Action known", "The Action is misspelled or not served by this host (plural and singular names differ)."],
  100000008: ["SignatureNonce present", "The SignatureNonce parameter was not sent."],
  100000009: ["Signature present", "The Signature parameter was not sent."],
  100000010: [
    "AppId known",
    "ZIM has no ServerSecret for this AppId: the AppId is wrong, or belongs to another region or product.",
  ],
  100000013: ["SignatureVersion present", "The SignatureVersion parameter was not sent."],
  100000014: ["SignatureVersion 2.0", "Only SignatureVersion=2.0 is supported."],
};

function clockOffset(dateHeader: string | undefined, receivedAt: number): number | null {
  if (!dateHeader) return null;
  const upstream = Date.parse(dateHeader);
  return Number.isNaN(upstream) ? null : Math.round((upstream - receivedAt) / 1000);
}

/**
 * Explains a gateway (1000000xx) answer from what was sent (the redacted URL) and the answer's
 * Date header. The secret is never an input: the string to sign shows it masked.
 */
export function diagnoseGatewayFailure({
  code,
  url,
  responseDate,
  receivedAt,
}: {
  code: number;
  url: string;
  responseDate?: string;
  receivedAt: number;
}): GatewayDiagnosis | undefined {
  const known = CHECKS[code];
  if (!known && !(code >= 100000000 && code < 100000100)) return undefined;
  const query = new URL(url).searchParams;
  const [appId, nonce, timestamp] = [query.get("AppId"), query.get("SignatureNonce"), query.get("Timestamp")];
  const offset = clockOffset(responseDate, receivedAt);
  const upstreamNow = receivedAt / 1000 + (offset ?? 0);
  const age = timestamp && /^-?\d+$/.test(timestamp) ? Math.round(upstreamNow - Number(timestamp)) : null;
  let likelyCause = known?.[1] ?? "An internal gateway error: send again later or contact ZEGO support.";
  if (code === 100000004 && age !== null) {
    likelyCause = `The Timestamp was ${Math.abs(age)} s ${age > 0 ? "old" : "in the future"} by ZIM's clock, past the ${SIGNATURE_WINDOW_SECONDS} s window. ${
      offset !== null && Math.abs(offset) > 60
        ? `This server's clock is ${Math.abs(offset)} s ${offset > 0 ? "behind" : "ahead of"} ZIM's: fix its time sync.`
        : "This server's clock agrees with ZIM's, so the timestamp itself was stale (replayed or built wrong)."
    }`;
  }
  return {
    code,
    check: known?.[0] ?? "Gateway",
    appId,
    nonce,
    timestamp,
    signatureVersion: query.get("SignatureVersion"),
    clockOffsetSeconds: offset,
    timestampAgeSeconds: age,
    stringToSign: appId !== null && nonce !== null && timestamp !== null ? `${appId}${nonce}${"•".repeat(8)}${timestamp}` : null,
    likelyCause,
  };
}
