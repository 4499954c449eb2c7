import { Server, type IncomingMessage } from "node:http";

/** Kept equal to SOCKET_ADDRESS_HEADER in lib/auth/client-address.ts, which reads it. */
const HEADER = "x-zim-console-socket-address";

let installed = false;

/**
 * Next hands route handlers and actions the request headers but not the socket, and it only fills
 * X-Forwarded-For when the client did not: a client could name any address. So every request gets
 * the socket's address under our own header before Next sees it, overwriting a client's copy.
 */
export function stampSocketAddress(): void {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[HEADER] = request.socket.remoteAddress ?? "unknown";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}
