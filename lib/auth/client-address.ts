import "server-only";

import { getServerConfig } from "@/lib/config/env";

/**
 * Set by this server on every request from the socket's address (instrumentation.ts), replacing
 * whatever a client sent under that name: the only address a client cannot forge.
 */
export const SOCKET_ADDRESS_HEADER = "x-zim-console-socket-address";

/** The header the client's address is read from: the trusted proxy's, when TRUSTED_PROXY_HEADER names one. */
export function clientAddressHeader(): string {
  return getServerConfig().trustedProxyHeader ?? SOCKET_ADDRESS_HEADER;
}

export function clientAddress(headers: Headers): string {
  const value = headers.get(clientAddressHeader()) ?? "";
  // A proxy header may list a chain; the trusted proxy puts the client first.
  return value.split(",")[0]?.trim() || "unknown";
}
