import "server-only";
import { getServerConfig } from "@/lib/config/env";
import { toSendFriendApplicationBody } from "@/lib/zim/build-body";
import { callZim } from "@/lib/zim/client";
import { decodeSendResult } from "@/lib/zim/decode-send-result";
import type { SendFormValues } from "@/lib/zim/send-schema";
import { ZimTransportError } from "@/lib/zim/transport-error";
import { sendFriendApplicationResponseSchema } from "@/lib/zim/wire";
import type { SendAnswered, SendTransportFailed } from "./send-outcome";


export async function sendFriendApplication(values: SendFormValues): Promise<SendAnswered | SendTransportFailed> {
  const { backend, timeoutMs } = getServerConfig();
  const sentAt = new Date().toISOString();
  try {
    const { data, record } = await callZim({
      backend,
      action: "SendFriendApplication",
      method: "POST",
      params: toSendFriendApplicationBody(values),
      schema: sendFriendApplicationResponseSchema,
      timeoutMs,
    });
    const result = decodeSendResult({ requestedUserIds: values.friendInfos.map((target) => target.userId), response: data });
    return { status: "answered", result, call: record, backend: { mode: backend.mode, appId: backend.appId }, sentAt };
  } catch (error) {
    if (!(error instanceof ZimTransportError)) throw error;
    return { status: "transport-failed", failure: error.failure, message: error.message, call: error.record };
  }
}
