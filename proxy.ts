import { NextResponse, type NextRequest } from "next/server";

import { isDevelopment, securityHeaders, servedOverHttps } from "@/lib/security/headers";

/** A fresh script nonce and the security headers for every request Next serves. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({ nonce, https: servedOverHttps(), development: isDevelopment() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Built assets get the same headers from next.config.mjs; they need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
