import type { FailedResult, InvalidResult } from "@/lib/actions/action-result";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";
import type { CallRecord, TransportFailure } from "@/lib/zim/transport-error";

/** ZIM answered with an envelope: the decoded per-user result, whatever its Code. */
export type SendAnswered = {
  status: "answered";
  result: DecodedSendResult;
  call: CallRecord;
  backend: { mode: "simulator" | "zego"; appId: number };
  sentAt: string;
};

/** No ZIM envelope came back: timeout, dropped connection, HTTP error, or a body that is not JSON. */
export type SendTransportFailed = {
  status: "transport-failed";
  failure: TransportFailure;
  message: string;
  call: CallRecord;
};

export type SendOutcome = SendAnswered | SendTransportFailed | InvalidResult | FailedResult;
