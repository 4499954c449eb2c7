import { SIGNATURE_WINDOW_SECONDS } from "@/lib/zim/limits";
import { computeSignature, signaturesMatch } from "@/lib/zim/signature";

import type { SimConfig } from "./state";

const UINT32_MAX = 4_294_967_295;

/**
 * The gateway's checks in the order lib/zim/README.md fixes (decision 2); the first failure answers its code.
 * `knownAction` says whether the simulator serves the named Action.
 */
export function checkGateway({
  query,
  config,
  nowSeconds,
  knownAction,
  seenNonces,
}: {
  query: URLSearchParams;
  config: SimConfig;
  nowSeconds: number;
  knownAction: (action: string) => boolean;
  /** Nonces already used, with the second each was first seen; a valid call adds its own. */
  seenNonces: Map<string, number>;
}): number | undefined {
  const action = query.get("Action");
  if (!action) return 100000006;
  if (!knownAction(action)) return 100000007;

  const appId = query.get("AppId") ?? "";
  if (!/^\d+$/.test(appId) || Number(appId) > UINT32_MAX) return 100000001;

  const timestamp = query.get("Timestamp");
  if (timestamp === null || timestamp === "") return 100000002;
  if (!/^-?\d+$/.test(timestamp)) return 100000003;

  const nonce = query.get("SignatureNonce");
  if (!nonce) return 100000008;
  const signature = query.get("Signature");
  if (!signature) return 100000009;
  const version = query.get("SignatureVersion");
  if (!version) return 100000013;
  if (version !== "2.0") return 100000014;

  if (Number(appId) !== config.appId) return 100000010;
  if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_WINDOW_SECONDS) return 100000004;

  const expected = computeSignature({ appId, nonce, serverSecret: config.serverSecret, timestamp });
  if (!signaturesMatch(expected, signature)) return 100000005;
  return checkReplay(seenNonces, `${appId}:${nonce}`, nowSeconds);
}

/**
 * ZEGO asks for a new nonce on every call but does not say it refuses a reused one (lib/zim/README.md,
 * decision 3). The simulator does, as a replayed signature, while the first use is inside the window.
 */
function checkReplay(seenNonces: Map<string, number>, key: string, nowSeconds: number): number | undefined {
  for (const [seen, at] of seenNonces) if (nowSeconds - at > SIGNATURE_WINDOW_SECONDS) seenNonces.delete(seen);
  if (seenNonces.has(key)) return 100000005;
  seenNonces.set(key, nowSeconds);
  return undefined;
}
