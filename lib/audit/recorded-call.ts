import "server-only";

import type { z } from "zod";

import { executeZimCall, prepareZimCall, type GatewayProbe } from "@/lib/zim/client";
import { ZimTransportError } from "@/lib/zim/transport-error";
import type { Envelope } from "@/lib/zim/wire";

import { completeCall, logPendingCall, type CallContext } from "./call-store";

/**
 * A QA call made on an operator's behalf: recorded before it leaves and completed after, like a
 * send, so the audit trail holds everything that reached ZIM.
 */
export async function recordedZimCall<T extends Envelope>(
  context: CallContext,
  {
    action,
    method,
    params,
    exactBody,
    probe,
    schema,
    timeoutMs,
  }: {
    action: string;
    method: "GET" | "POST";
    params: Record<string, unknown>;
    exactBody?: string;
    probe?: GatewayProbe;
    schema: z.ZodType<T>;
    timeoutMs: number;
  },
) {
  const prepared = prepareZimCall({ backend: context.environment, action, method, params, exactBody, probe });
  const id = await logPendingCall({ context, prepared });
  try {
    const result = await executeZimCall(prepared, { schema, timeoutMs });
    await completeCall({ id, call: result.record, answer: { code: result.data.Code, requestId: result.data.RequestId } });
    return result;
  } catch (error) {
    if (error instanceof ZimTransportError) await completeCall({ id, call: error.record });
    throw error;
  }
}
