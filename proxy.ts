import { NextResponse, type NextRequest } from "next/server";

import { REQUESTED_PATH_HEADER } from "@/lib/auth/next-path";
import { isDevelopment, securityHeaders, servedOverHttps } from "@/lib/security/headers";

/** A fresh script nonce and the security headers for every request Next serves. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({ nonce, https: servedOverHttps(), development: isDevelopment() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  // Pages redirect a signed-out visitor to sign-in with this as `next`.
  requestHeaders.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Built assets and the simulator's JSON protocol get the static headers from next.config.mjs; they run no
  // script, so they need no nonce, and the simulator answers bulk traffic without an extra hop. A server
  // action's fetch (the Next-Action header) skips it too: its answer is an RSC payload, not a page, and the
  // proxy's hop cost each send's round trip about 3 ms. A form posted without JavaScript has no such header.
  matcher: [{ source: "/((?!_next/static|_next/image|sim(?:/|$)).*)", missing: [{ type: "header", key: "next-action" }] }],
};
