import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import { recordedZimCall } from "@/lib/audit/recorded-call";
import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getServerConfig } from "@/lib/config/env";
import type { GatewayProbe } from "@/lib/zim/client";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import { createNonce } from "@/lib/zim/signature";
import { ZimTransportError } from "@/lib/zim/transport-error";
import { envelopeSchema, sendFriendApplicationResponseSchema, type Envelope } from "@/lib/zim/wire";

import { parseQueryObject, type SendAsIsInput, type SendAsIsOutcome } from "./send-as-is";

const EXPIRED_BY_SECONDS = 900;

function probeFor(input: SendAsIsInput): { probe: GatewayProbe; note: string } {
  switch (input.probe) {
    case "wrong-secret":
      return {
        probe: { secret: createNonce() + createNonce() },
        note: "Signed with a random secret instead of the environment's.",
      };
    case "expired-timestamp":
      return {
        probe: { timestampOffsetSeconds: -EXPIRED_BY_SECONDS },
        note: `Timestamp set ${EXPIRED_BY_SECONDS} s in the past (window: 600 s).`,
      };
    case "missing-parameter":
      return { probe: { omit: [input.omit ?? "Signature"] }, note: `${input.omit ?? "Signature"} left out of the query string.` };
    case "reused-nonce":
      return { probe: { nonce: createNonce() }, note: "Two calls signed with the same nonce; this is the second." };
    default:
      return { probe: {}, note: "Signed normally." };
  }
}

function requestedIds(body: string): string[] | undefined {
  try {
    const parsed = JSON.parse(body) as { FriendInfos?: { UserId?: unknown }[] };
    return Array.isArray(parsed.FriendInfos)
      ? parsed.FriendInfos.map((target) => (typeof target?.UserId === "string" ? target.UserId : ""))
      : undefined;
  } catch {
    return undefined;
  }
}

/** The per-user table of a SendFriendApplication answer; an ErrorList of another shape is shown as received, not decoded. */
function decodeIfSend(input: SendAsIsInput, data: Envelope): Pick<SendAsIsOutcome, "decoded" | "decodeProblem"> {
  const ids = input.action === "SendFriendApplication" ? requestedIds(input.body) : undefined;
  if (!ids) return {};
  const response = sendFriendApplicationResponseSchema.safeParse(data);
  if (!response.success)
    return { decodeProblem: "ZIM's ErrorList is not a list of {UserId, SubCode}: read the response body below." };
  return { decoded: decodeSendResult({ requestedUserIds: ids, response: response.data }) };
}

function callOnce({ context, input, probe }: { context: CallContext; input: SendAsIsInput; probe: GatewayProbe }) {
  return recordedZimCall(context, {
    action: input.action,
    method: input.method,
    params: input.method === "GET" ? (parseQueryObject(input.body) ?? {}) : {},
    exactBody: input.method === "POST" ? input.body : undefined,
    probe,
    schema: envelopeSchema,
    timeoutMs: getServerConfig().timeoutMs,
  });
}

/** Sends exactly what QA typed, correctly signed unless a probe says otherwise, skipping the form's rules. */
export async function runSendAsIs({
  caller,
  environment,
  input,
}: {
  caller: Caller;
  environment: Environment;
  input: SendAsIsInput;
}): Promise<SendAsIsOutcome> {
  const { probe, note } = probeFor(input);
  const context: CallContext = { caller, environment, source: "as-is", probe: input.probe, reason: input.reason };
  let firstCode: number | undefined;
  try {
    if (input.probe === "reused-nonce") firstCode = (await callOnce({ context, input, probe })).data.Code;
    const { data, record } = await callOnce({ context, input, probe });
    return {
      status: "as-is",
      probe: input.probe,
      probeNote: note,
      envelope: { code: data.Code, message: data.Message, requestId: data.RequestId },
      ...decodeIfSend(input, data),
      call: record,
      firstCode,
    };
  } catch (error) {
    if (!(error instanceof ZimTransportError)) throw error;
    return {
      status: "as-is",
      probe: input.probe,
      probeNote: note,
      transport: { failure: error.failure, message: error.message },
      call: error.record,
      firstCode,
    };
  }
}
