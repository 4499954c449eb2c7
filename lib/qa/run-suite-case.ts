import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import { recordedZimCall } from "@/lib/audit/recorded-call";
import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getServerConfig } from "@/lib/config/env";
import { ZimTransportError } from "@/lib/zim/transport-error";
import { envelopeSchema, sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

import type { CaseActual, SuiteCase } from "./suite";

/**
 * Runs one case: its setup calls (answers kept, never judged), then its request as typed. Each
 * call waits for its turn under the app-wide pace, so a suite needs no pause of its own.
 */
export async function runSuiteCase({
  caller,
  environment,
  entry,
}: {
  caller: Caller;
  environment: Environment;
  entry: SuiteCase;
}): Promise<CaseActual> {
  const { timeoutMs } = getServerConfig();
  const context: CallContext = { caller, environment, source: "suite" };
  try {
    const setupCodes: number[] = [];
    for (const step of entry.setup) {
      const { data } = await recordedZimCall(context, {
        action: step.action,
        method: step.method,
        params: step.params,
        schema: envelopeSchema,
        timeoutMs,
      });
      setupCodes.push(data.Code);
    }
    const { data } = await recordedZimCall(context, {
      action: "SendFriendApplication",
      method: "POST",
      params: entry.request,
      schema: sendFriendApplicationResponseSchema,
      timeoutMs,
    });
    return {
      status: "answered",
      code: data.Code,
      errors: data.ErrorList.map(({ userId, subCode }) => ({ UserId: userId, SubCode: subCode })),
      requestId: data.RequestId,
      setupCodes,
    };
  } catch (error) {
    if (error instanceof ZimTransportError) return { status: "failed", message: error.message };
    throw error;
  }
}
