/** What went wrong between this server and ZIM, before any ZIM code could be read. */
export type TransportFailure = "timeout" | "network" | "http-status" | "not-json" | "bad-envelope";

/** Everything about one call that is safe to show: the URL has its Signature redacted. */
export type CallRecord = {
  method: "GET" | "POST";
  url: string;
  /** The headers this app set; fetch adds its own transport headers (host, length, encoding). */
  requestHeaders?: Record<string, string>;
  requestBody: string | null;
  status: number | null;
  responseHeaders?: Record<string, string>;
  responseBody: string | null;
  /** Time to the whole answer; `headersMs` is the time to the response headers. */
  latencyMs: number;
  headersMs?: number;
  startedAt?: string;
  /** How long the call waited for its turn under the app-wide pace before it left. */
  slotWaitMs?: number;
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
