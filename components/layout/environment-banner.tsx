"use client";

import { useEnvironment } from "./environment-context";

/** Always says where the next send goes: a mistaken environment is the costliest error in this tool. */
export function EnvironmentBanner() {
  const { environments, selected, select } = useEnvironment();
  const tone = selected.production
    ? "bg-red-100 text-red-950"
    : selected.kind === "simulator"
      ? "bg-sky-100 text-sky-950"
      : "bg-amber-100 text-amber-950";
  return (
    <div role="region" aria-label="Environment" className={`px-4 py-2 text-sm ${tone}`}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1">
        <label htmlFor="environment-picker" className="font-semibold">
          Environment
        </label>
        <select
          id="environment-picker"
          value={selected.id}
          onChange={(event) => select(event.target.value)}
          className="rounded border border-slate-400 bg-white px-1 py-0.5"
        >
          {environments.map((environment) => (
            <option key={environment.id} value={environment.id}>
              {environment.name}
              {environment.production ? " (production)" : ""}
            </option>
          ))}
        </select>
        {selected.production && (
          <strong className="rounded bg-red-700 px-2 py-0.5 text-xs uppercase text-white">Production</strong>
        )}
        <span>
          AppId <code className="font-mono">{selected.appId}</code>
        </span>
        <span className="font-mono text-xs">{selected.baseUrl}</span>
        {selected.kind === "simulator" && <span>Built-in ZIM simulator: calls stay on this machine.</span>}
      </div>
    </div>
  );
}
