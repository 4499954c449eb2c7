import "server-only";

import type { z } from "zod";

import type { Lane } from "@/lib/pacing/pacer";
import { waitForTurn } from "@/lib/pacing/wait-for-turn";
import { fail, ok, type Result } from "@/lib/result/result";
import { timeStep } from "@/lib/timing/step-timer";

import { redactSignedUrl, signQuery } from "./signature";
import { ZimTransportError, type CallRecord } from "./transport-error";

export type ZimBackend = { appId: number; serverSecret: string; baseUrl: string };

type CallOptions<T> = {
  backend: ZimBackend;
  action: string;
  method: "GET" | "POST";
  /** Operation parameters: the JSON body of a POST, query parameters of a GET. */
  params: Record<string, unknown>;
  schema: z.ZodType<T>;
  timeoutMs: number;
  /** A POST body sent byte for byte instead of `params` (QA's send-as-is). */
  exactBody?: string;
  probe?: GatewayProbe;
};

/**
 * Deliberate faults for QA's gateway probes: sign with another secret, an old timestamp, a given
 * nonce, or leave common parameters out. Never used by a normal send.
 */
export type GatewayProbe = {
  secret?: string;
  timestampOffsetSeconds?: number;
  nonce?: string;
  omit?: readonly string[];
};

function signedUrl(backend: ZimBackend, action: string, extra: Record<string, unknown>, probe: GatewayProbe = {}): string {
  const url = new URL(`${backend.baseUrl}/`);
  url.searchParams.set("Action", action);
  const signed = signQuery({
    appId: backend.appId,
    serverSecret: probe.secret ?? backend.serverSecret,
    nonce: probe.nonce,
    timestamp: Math.floor(Date.now() / 1000) + (probe.timestampOffsetSeconds ?? 0),
  });
  for (const [name, value] of Object.entries(signed)) url.searchParams.set(name, value);
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, String(value));
  for (const name of probe.omit ?? []) url.searchParams.delete(name);
  return url.toString();
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
  if (code === "ECONNREFUSED") return "the connection was refused (is the host right and up?)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host name could not be resolved";
  if (code === "UND_ERR_SOCKET" || code === "ECONNRESET") return "the connection was dropped before the answer was complete";
  return "the connection failed before a complete answer arrived";
}

function parseJson(text: string): Result<unknown, null> {
  try {
    return ok(JSON.parse(text));
  } catch {
    return fail(null);
  }
}

export type PreparedCall = {
  /** The AppId whose pace the call keeps. */
  appId: number;
  method: "GET" | "POST";
  /** The signed URL: leaves this module only inside `executeZimCall`. */
  url: string;
  /** The same URL with its Signature redacted, safe to store and show. */
  redactedUrl: string;
  requestBody: string | null;
};

/** Signs a fresh query and serializes the body once, so the audit record can be written first. */
export function prepareZimCall({
  backend,
  action,
  method,
  params,
  exactBody,
  probe,
}: Omit<CallOptions<unknown>, "schema" | "timeoutMs">): PreparedCall {
  const url = signedUrl(backend, action, method === "GET" ? params : {}, probe);
  const requestBody = method === "POST" ? (exactBody ?? JSON.stringify(params)) : null;
  return { appId: backend.appId, method, url, redactedUrl: redactSignedUrl(url), requestBody };
}

function headersOf(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers.entries()].filter(([name]) => name !== "set-cookie"));
}

/**
 * Waits for the call's turn under the app-wide pace, sends it with a timeout and validates the
 * envelope; throws only ZimTransportError. The secret and Signature never enter a message or the
 * returned record.
 */
export async function executeZimCall<T>(
  prepared: PreparedCall,
  { schema, timeoutMs, lane = "interactive" }: { schema: z.ZodType<T>; timeoutMs: number; lane?: Lane },
) {
  const { method, url, requestBody } = prepared;
  const slotWaitMs = Math.round(await timeStep("pacerSlot", () => waitForTurn({ appId: prepared.appId, lane })));
  const requestHeaders: Record<string, string> = requestBody === null ? {} : { "content-type": "application/json" };
  const record: CallRecord = {
    method,
    url: prepared.redactedUrl,
    requestHeaders,
    requestBody,
    status: null,
    responseBody: null,
    latencyMs: 0,
    startedAt: new Date().toISOString(),
    slotWaitMs,
  };
  const started = performance.now();
  const fail = (failure: ZimTransportError["failure"], message: string) =>
    new ZimTransportError(failure, message, { ...record, latencyMs: Math.round(performance.now() - started) });

  let response: Response;
  try {
    response = await timeStep("zimCall", () =>
      fetch(url, {
        method,
        headers: requestHeaders,
        body: requestBody,
        signal: AbortSignal.timeout(timeoutMs),
        cache: "no-store",
      }),
    );
    record.status = response.status;
    record.responseHeaders = headersOf(response.headers);
    record.headersMs = Math.round(performance.now() - started);
    const answered = response;
    record.responseBody = await timeStep("zimCall", () => answered.text());
  } catch (error) {
    if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
      throw fail("timeout", `ZIM did not answer within ${timeoutMs} ms. The call may or may not have been processed.`);
    }
    throw fail("network", `Could not complete the call to ${new URL(url).host}: ${describeNetworkError(error)}.`);
  }

  if (!response.ok) {
    throw fail("http-status", `ZIM answered HTTP ${response.status} instead of a JSON result; nothing in it can be decoded.`);
  }
  const json = parseJson(record.responseBody ?? "");
  if (!json.ok) {
    const type = response.headers.get("content-type") ?? "no content type";
    throw fail("not-json", `ZIM answered a body that is not JSON (${type}); it may come from a proxy or gateway in between.`);
  }
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    throw fail("bad-envelope", "ZIM answered JSON that is not a ZIM result (no numeric Code).");
  }
  return { data: parsed.data, record: { ...record, latencyMs: Math.round(performance.now() - started) } };
}
