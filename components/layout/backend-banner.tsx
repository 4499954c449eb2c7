import type { PublicConfig } from "@/lib/config/public-config";

/** Always says where a send goes: a mistaken backend is the costliest error in this tool. */
export function BackendBanner({ config }: { config: PublicConfig }) {
  const simulated = config.mode === "simulator";
  return (
    <div
      role="status"
      aria-label="Backend"
      className={`px-4 py-2 text-sm ${simulated ? "bg-sky-100 text-sky-950" : "bg-amber-100 text-amber-950"}`}
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1">
        <strong>{simulated ? "Built-in ZIM simulator" : "ZEGOCLOUD ZIM (real)"}</strong>
        <span>
          AppId <code className="font-mono">{config.appId}</code>
        </span>
        <span className="font-mono text-xs">{config.baseUrl}</span>
        <span>Batch limit {config.batchLimit}</span>
        {simulated && <span>No ZEGO credentials set: calls stay on this machine.</span>}
      </div>
    </div>
  );
}
