import "server-only";

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Readable } from "node:stream";

import { readArrivals, readControlState, runControlCommand } from "./control-handler";
import { serveZimRequest } from "./serve";

export type StandaloneOptions = { port: number; host: string; controlToken: string | undefined };

function toRequest(incoming: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new Request(url, {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    duplex: "half",
  } as RequestInit);
}

/** The control surface, open on a loopback address; elsewhere only with the token (`authorization: Bearer <token>`). */
function control(request: Request, command: string, controlToken: string | undefined): Promise<Response> | Response {
  if (controlToken !== undefined && request.headers.get("authorization") !== `Bearer ${controlToken}`) {
    return Response.json({ error: "The control surface needs authorization: Bearer <ZIM_SIM_CONTROL_TOKEN>" }, { status: 401 });
  }
  if (request.method === "GET" && command === "state") return readControlState();
  if (request.method === "GET" && command === "arrivals") return readArrivals();
  if (request.method === "POST") return runControlCommand(command, request);
  return Response.json({ error: "GET state or arrivals, or POST a command" }, { status: 405 });
}

function route(request: Request, url: URL, controlToken: string | undefined): Promise<Response> | Response {
  if (url.pathname === "/" || url.pathname === "/sim" || url.pathname === "/sim/") return serveZimRequest(request);
  const command = /^\/(?:sim\/)?control\/([a-z-]+)$/.exec(url.pathname)?.[1];
  if (command) return control(request, command, controlToken);
  return Response.json({ error: "Not found: the protocol is at /, the control surface at /control/<command>" }, { status: 404 });
}

async function respond(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) return void outgoing.end();
  try {
    for await (const chunk of response.body) outgoing.write(chunk);
    outgoing.end();
  } catch {
    // The "drop" fault: the body errors after its first bytes, and the connection is cut as ZIM's would be.
    outgoing.destroy();
  }
}

/**
 * The built-in simulator alone, in its own process: one state and one rate limit for every app
 * process pointed at it (ZIM_SIM_URL), and a ZIM stand-in for QA's own services.
 */
export function startStandaloneSimulator({ port, host, controlToken }: StandaloneOptions): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? `${host}:${port}`}`);
    Promise.resolve(route(toRequest(incoming, url), url, controlToken))
      .then((response) => respond(response, outgoing))
      .catch(() => {
        outgoing.writeHead(500, { "content-type": "application/json" });
        outgoing.end('{"error":"The simulator failed on this request"}');
      });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
