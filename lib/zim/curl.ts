/**
 * "Copy as cURL": a shell command that signs itself from $ZEGO_APP_ID and $ZEGO_SERVER_SECRET with
 * standard tools (od, md5sum, date), so it never carries the secret or a live Signature.
 */
const SIGNING_PARAMS = new Set(["AppId", "SignatureNonce", "Timestamp", "Signature", "SignatureVersion"]);

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The heredoc delimiter must not appear as a line of the body. */
function delimiterFor(body: string): string {
  let delimiter = "ZIM_BODY";
  while (body.split("\n").includes(delimiter)) delimiter += "_";
  return delimiter;
}

export function buildCurlCommand({ method, url, body }: { method: "GET" | "POST"; url: string; body: string | null }): string {
  const parsed = new URL(url);
  const base = `${parsed.origin}${parsed.pathname}`;
  const kept = [...parsed.searchParams.entries()].filter(([name]) => !SIGNING_PARAMS.has(name));
  const query = kept.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("&");
  const signing = "AppId=${ZEGO_APP_ID}&SignatureNonce=${NONCE}&Timestamp=${TS}&Signature=${SIG}&SignatureVersion=2.0";
  const lines = [
    ': "${ZEGO_APP_ID:?set ZEGO_APP_ID}" "${ZEGO_SERVER_SECRET:?set ZEGO_SERVER_SECRET}"',
    "NONCE=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \\n')",
    "TS=$(date +%s)",
    "SIG=$(printf '%s' \"${ZEGO_APP_ID}${NONCE}${ZEGO_SERVER_SECRET}${TS}\" | md5sum | cut -d' ' -f1)",
  ];
  const target = `"${base}?${query.replaceAll('"', "%22").replaceAll("$", "%24").replaceAll("`", "%60")}&${signing}"`;
  if (method === "GET" || body === null) return [...lines, `curl -sS ${target}`].join("\n");
  const delimiter = delimiterFor(body);
  return [
    ...lines,
    `curl -sS -X POST ${target} -H ${shellQuote("Content-Type: application/json")} --data-binary @- <<'${delimiter}'`,
    body,
    delimiter,
  ].join("\n");
}
