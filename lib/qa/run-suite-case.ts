import "server-only";

import type { CallContext } from "@/lib/audit/call-store";
import { recordedZimCall } from "@/lib/audit/recorded-call";
import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";
import { getServerConfig } from "@/lib/config/env";
import { ZimTransportError } from "@/lib/zim/transport-error";
import { envelopeSchema, sendFriendApplicationResponseSchema } from "@/lib/zim/wire";

import type { CaseActual, SuiteCase } from "./suite";

/** Keeps a case's calls under ZIM's 20 calls per second. */
const STEP_PAUSE_MS = 60;

const pause = () => new Promise((resolve) => setTimeout(resolve, STEP_PAUSE_MS));

/** Runs one case: its setup calls (answers kept, never judged), then its request as typed. */
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
      await pause();
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
