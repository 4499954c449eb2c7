import "server-only";

import type { z } from "zod";

import type { CallContext } from "@/lib/audit/call-store";
import { recordedZimCall } from "@/lib/audit/recorded-call";
import { getServerConfig } from "@/lib/config/env";
import { fail, ok, type Result } from "@/lib/result/result";
import { describeCode } from "@/lib/zim/code-catalog";
import { ZimTransportError } from "@/lib/zim/transport-error";
import type { Envelope } from "@/lib/zim/wire";

type ReadCall<T> = { action: string; method: "GET" | "POST"; params: Record<string, unknown>; schema: z.ZodType<T> };

/**
 * One read-only call, recorded in the audit trail like any other and paced like any other. A
 * transport failure or a Code that refused the whole call comes back as a sentence naming the call.
 * A refusal by a transient Code (the rate limit, a busy server) changed nothing, and a read is safe
 * to repeat: it goes once more at its next turn under the pace before it counts as refused. The
 * pace leaves ~50 ms for jitter, which a burst of reads on a busy process can still exceed.
 */
export async function readZim<T extends Envelope>(
  context: CallContext,
  call: ReadCall<T>,
  { refusedWhen }: { refusedWhen: (data: T) => boolean },
): Promise<Result<T, string>> {
  try {
    const read = () => recordedZimCall(context, { ...call, timeoutMs: getServerConfig().timeoutMs });
    let { data } = await read();
    if (refusedWhen(data) && describeCode(data.Code).retryable) ({ data } = await read());
    if (refusedWhen(data)) return fail(`${call.action} answered ${data.Code}: ${describeCode(data.Code).meaning}`);
    return ok(data);
  } catch (error) {
    if (error instanceof ZimTransportError) return fail(`${call.action}: ${error.message}`);
    throw error;
  }
}
