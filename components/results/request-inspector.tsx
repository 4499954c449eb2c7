import { CopyButton } from "@/components/ui/copy-button";
import { buildCurlCommand } from "@/lib/zim/curl";
import type { CallRecord } from "@/lib/zim/transport-error";

function pretty(text: string | null): string {
  if (text === null) return "(none)";
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const encoder = new TextEncoder();

function HeaderList({ headers }: { headers?: Record<string, string> }) {
  const entries = Object.entries(headers ?? {});
  if (entries.length === 0) return <p className="font-mono text-xs text-muted">(none set by this app)</p>;
  return (
    <ul className="font-mono text-xs">
      {entries.map(([name, value]) => (
        <li key={name}>
          {name}: {value}
        </li>
      ))}
    </ul>
  );
}

/** The request inspector: the exact exchange, collapsed by default. The URL has its Signature redacted. */
export function RequestInspector({ call }: { call: CallRecord }) {
  const curl = buildCurlCommand({ method: call.method, url: call.url, body: call.requestBody });
  return (
    <div className="space-y-2 text-sm">
      <details className="rounded border border-border bg-surface p-2">
        <summary className="cursor-pointer font-medium">Request as sent</summary>
        <p className="mt-1 break-all font-mono text-xs">
          {call.method} {call.url}
        </p>
        <h4 className="mt-2 text-xs font-semibold">Headers</h4>
        <HeaderList headers={call.requestHeaders} />
        <h4 className="mt-2 text-xs font-semibold">
          Body, exactly as sent ({call.requestBody === null ? 0 : encoder.encode(call.requestBody).length} bytes)
        </h4>
        <pre
          tabIndex={0}
          aria-label="Request body"
          className="mt-1 max-h-96 overflow-auto rounded bg-subtle p-2 font-mono text-xs whitespace-pre-wrap break-all"
        >
          {call.requestBody ?? "(none)"}
        </pre>
        <div className="mt-2 flex items-center gap-2">
          <h4 className="text-xs font-semibold">Copy as cURL (signs itself from $ZEGO_APP_ID and $ZEGO_SERVER_SECRET)</h4>
          <CopyButton value={curl} label="Copy as cURL" />
        </div>
        <pre
          tabIndex={0}
          aria-label="cURL command"
          className="mt-1 max-h-64 overflow-auto rounded bg-subtle p-2 font-mono text-xs"
        >
          {curl}
        </pre>
      </details>
      <details className="rounded border border-border bg-surface p-2">
        <summary className="cursor-pointer font-medium">Response as received</summary>
        <p className="mt-1 font-mono text-xs">
          HTTP {call.status ?? "(no response)"} · headers after {call.headersMs ?? "?"} ms · complete after {call.latencyMs} ms
          {call.startedAt ? ` · sent ${call.startedAt}` : ""}
        </p>
        <h4 className="mt-2 text-xs font-semibold">Headers</h4>
        <HeaderList headers={call.responseHeaders} />
        <h4 className="mt-2 text-xs font-semibold">Body</h4>
        <pre
          tabIndex={0}
          aria-label="Response body"
          className="mt-1 max-h-96 overflow-auto rounded bg-subtle p-2 font-mono text-xs"
        >
          {pretty(call.responseBody)}
        </pre>
      </details>
    </div>
  );
}
