import type { CallRecord } from "@/lib/zim/transport-error";

function pretty(text: string | null): string {
  if (text === null) return "(none)";
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The exact exchange, collapsed by default. The URL already has its Signature redacted. */
export function RawExchange({ call }: { call: CallRecord }) {
  return (
    <div className="space-y-2 text-sm">
      <details className="rounded border border-slate-300 bg-white p-2">
        <summary className="cursor-pointer font-medium">Raw request</summary>
        <p className="mt-1 break-all font-mono text-xs">
          {call.method} {call.url}
        </p>
        <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs">{pretty(call.requestBody)}</pre>
      </details>
      <details className="rounded border border-slate-300 bg-white p-2">
        <summary className="cursor-pointer font-medium">Raw response</summary>
        <p className="mt-1 font-mono text-xs">HTTP {call.status ?? "(no response)"} · {call.latencyMs} ms</p>
        <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs">{pretty(call.responseBody)}</pre>
      </details>
    </div>
  );
}
