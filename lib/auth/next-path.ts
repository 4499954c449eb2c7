export const REQUESTED_PATH_HEADER = "x-zim-console-requested-path";

/**
 * Where to go after signing in: a path on this site only ("/history?q=x"), never another origin
 * ("//evil.example", "/\\evil.example", "https://…"); anything else is undefined.
 */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== "string" || next.length > 2000) return undefined;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return undefined;
  // Control characters (tabs, line breaks) are dropped by URL parsers and can turn "/\t/x" into "//x".
  if (/[\u0000-\u001f\u007f]/.test(next)) return undefined;
  const url = new URL(next, "http://console.invalid");
  if (url.origin !== "http://console.invalid") return undefined;
  if (url.pathname.startsWith("/sign-in") || url.pathname.startsWith("/setup")) return undefined;
  return `${url.pathname}${url.search}`;
}
