/** What went wrong between this server and ZIM, before any ZIM code could be read. */
export type TransportFailure = "timeout" | "network" | "http-status" | "not-json" | "bad-envelope";

/** Everything about one call that is safe to show: the URL has its Signature redacted. */
export type CallRecord = {
  method: "GET" | "POST";
  url: string;
  requestBody: string | null;
  status: number | null;
  responseBody: string | null;
  latencyMs: number;
};

export class ZimTransportError extends Error {
  override name = "ZimTransportError";

  constructor(
    readonly failure: TransportFailure,
    message: string,
    readonly record: CallRecord,
  ) {
    super(message);
  }
}
