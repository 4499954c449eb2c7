import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** The common parameters every ZIM call carries in its query string (README.md here, "Transport"). */
export type SignedQuery = {
  AppId: string;
  SignatureNonce: string;
  Timestamp: string;
  Signature: string;
  SignatureVersion: "2.0";
};

/** Signature 2.0: lowercase hex MD5 of AppId + nonce + ServerSecret + Timestamp, no separators. */
export function computeSignature({
  appId,
  nonce,
  serverSecret,
  timestamp,
}: {
  appId: number | string;
  nonce: string;
  serverSecret: string;
  timestamp: number | string;
}): string {
  return createHash("md5").update(`${appId}${nonce}${serverSecret}${timestamp}`, "utf8").digest("hex");
}

/** 8 random bytes as 16 lowercase hex characters, as ZEGO's samples make it. */
export function createNonce(): string {
  return randomBytes(8).toString("hex");
}

export function signQuery({
  appId,
  serverSecret,
  nonce = createNonce(),
  timestamp = Math.floor(Date.now() / 1000),
}: {
  appId: number;
  serverSecret: string;
  nonce?: string;
  timestamp?: number;
}): SignedQuery {
  return {
    AppId: String(appId),
    SignatureNonce: nonce,
    Timestamp: String(timestamp),
    Signature: computeSignature({ appId, nonce, serverSecret, timestamp }),
    SignatureVersion: "2.0",
  };
}

/** Constant-time comparison, so a caller cannot learn a valid signature byte by byte. */
export function signaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(received, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

export const REDACTED = "[redacted]";

/** A copy of a ZIM URL that is safe to show or store: the Signature is replaced. */
export function redactSignedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.searchParams.has("Signature")) parsed.searchParams.set("Signature", REDACTED);
  return parsed.toString();
}
