import { setFlagsFromString } from "node:v8";

/**
 * V8 compiles a WebAssembly function twice by default: a quick baseline copy (Liftoff) on its first
 * call, then an optimised copy once it is hot. PGlite is PostgreSQL compiled to WebAssembly, and the
 * baseline copies of everything it had run stayed resident: the bulk bench's PGlite peak was 341 to
 * 383 MB with them, about 310 MB compiling optimised only, and sends got no slower (README). The
 * price is each function's first call: the server answers its health check after 2.7 s instead of
 * 2.1. The flag counts for code compiled after it, so the server sets it as it starts, before the
 * database opens; Node refuses it in NODE_OPTIONS.
 */
export function compileWebAssemblyOptimisedOnly(): void {
  setFlagsFromString("--no-liftoff");
}
