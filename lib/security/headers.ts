/**
 * The headers every response carries. Scripts run only with this response's nonce (Next puts it
 * on its own scripts when the request carries the policy); nothing may frame the console; styles
 * may be inline because React writes style attributes.
 */
export function securityHeaders({ nonce, https, development }: { nonce: string; https: boolean; development: boolean }) {
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // The bulk page checks long lists in a worker of its own origin ('strict-dynamic' would refuse it).
    "worker-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** Whether the console is served over TLS, from BETTER_AUTH_URL (the URL people use to reach it). */
export function servedOverHttps(): boolean {
  return (process.env.BETTER_AUTH_URL ?? "").startsWith("https:");
}

export const isDevelopment = (): boolean => process.env.NODE_ENV === "development";
