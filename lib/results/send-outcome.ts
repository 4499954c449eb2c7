import type { ActionResult } from "@/lib/actions/action-result";
import type { SendTiming } from "@/lib/timing/send-timing";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";
import type { CallRecord, TransportFailure } from "@/lib/zim/transport-error";

/** Where a send went, as the browser may see it (never the secret). */
export type SentTo = { id: string; name: string; appId: number; production: boolean };

/** What the record says of an outcome, beside the outcome itself. */
export type RecordNotes = {
  /** The answer held text PostgreSQL cannot store (U+0000, lone surrogates); it was stored with U+FFFD instead. */
  alteredForStorage?: boolean;
  /** The call went out but its answer could not be recorded: never send it again from here. */
  unrecorded?: boolean;
  /** Where the server's time went on this send; never stored, only answered. */
  timing?: SendTiming;
};

/** ZIM answered with an envelope: the decoded per-user result, whatever its Code. */
export type SendAnswered = RecordNotes & {
  status: "answered";
  sendId: string;
  result: DecodedSendResult;
  call: CallRecord;
  environment: SentTo;
  sentAt: string;
};

/** No ZIM envelope came back: timeout, dropped connection, HTTP error, or a body that is not JSON. */
export type SendTransportFailed = RecordNotes & {
  status: "transport-failed";
  sendId: string;
  failure: TransportFailure;
  message: string;
  call: CallRecord;
  environment: SentTo;
  sentAt: string;
};

/** What the send and retry actions answer. */
export type SendOutcome = ActionResult<SendAnswered | SendTransportFailed>;
