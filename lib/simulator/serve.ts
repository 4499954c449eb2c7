import "server-only";

import { receiveZimRequest } from "./handle-request";
import { getSimulator } from "./instance";
import { NO_FAULTS, type Faults, type SimState } from "./state";

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Takes one use of the configured faults for this Action, or none when they are cleared, used up or for other Actions. */
function consumeFaults(state: SimState, action: string | null): Faults | undefined {
  const faults = state.faults;
  if (faults.latencyMs === 0 && faults.failure === null && faults.answerBody === null) return undefined;
  if (faults.actions && !faults.actions.includes(action ?? "")) return undefined;
  if (faults.remaining !== null) {
    faults.remaining -= 1;
    if (faults.remaining <= 0) state.faults = { ...NO_FAULTS };
  }
  return { ...faults };
}

/** A body that errors after its first bytes: the server then aborts the connection mid-response. */
function droppedConnection(): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"Code":'));
      setTimeout(() => controller.error(new Error("simulated dropped connection")), 10);
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": "application/json" } });
}

function faultResponse(failure: Faults["failure"]): Response | undefined {
  switch (failure) {
    case "http-500":
      return new Response("Internal Server Error", { status: 500, headers: { "content-type": "text/plain" } });
    case "non-json":
      return new Response("<html><body>502 Bad Gateway</body></html>", { status: 200, headers: { "content-type": "text/html" } });
    case "drop":
      return droppedConnection();
    default:
      return undefined;
  }
}

/** The ZIM protocol endpoint: faults first (they stand for the network), then the real rules. */
export async function serveZimRequest(request: Request): Promise<Response> {
  const state = getSimulator();
  const url = new URL(request.url);
  const faults = consumeFaults(state, url.searchParams.get("Action"));
  if (!faults?.failure && faults?.answerBody == null) {
    // A real answer: counted against the rate limit when it lands, processed after the latency.
    const bodyText = request.method === "POST" ? await request.text() : "";
    const received = receiveZimRequest({ state, method: request.method, url, bodyText, now: Date.now() });
    if (faults && faults.latencyMs > 0) await sleep(faults.latencyMs);
    const answer = "answer" in received ? received.answer : received.process(Date.now());
    return Response.json(answer, { headers: { "cache-control": "no-store" } });
  }
  // A configured failure or raw answer stands for the network or a proxy: ZIM never saw the call.
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  return (
    faultResponse(faults.failure) ??
    new Response(faults.answerBody, { status: 200, headers: { "content-type": "application/json", "cache-control": "no-store" } })
  );
}
