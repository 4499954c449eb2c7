import "server-only";

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

const GLOBAL_KEY = Symbol.for("zim-friend-console.process-id");
// On globalThis: instrumentation and the server actions are bundled apart and must name one process.
type WithProcessId = typeof globalThis & { [GLOBAL_KEY]?: string };

/** This server process, as it owns in-flight work: host, pid and a random part, so a reused pid is another owner. */
export function processId(): string {
  return ((globalThis as WithProcessId)[GLOBAL_KEY] ??= `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`);
}

/** The process part of a bulk worker's owner name (`<process>#<worker>`). */
export function workerOwner(worker: number): string {
  return `${processId()}#${worker}`;
}
