"use client";

import { Select } from "@/components/ui/field";

import { useEnvironment } from "./environment-context";

/** Always says where the next send goes: a mistaken environment is the costliest error in this tool. */
export function EnvironmentBanner() {
  const { environments, selected, select } = useEnvironment();
  const tone = selected.production
    ? "bg-danger-soft text-danger"
    : selected.kind === "simulator"
      ? "bg-accent-soft text-accent"
      : "bg-warning-soft text-warning";
  return (
    <div role="region" aria-label="Environment" className={`px-4 py-2 text-sm ${tone}`}>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1">
        <label htmlFor="environment-picker" className="font-semibold">
          Environment
        </label>
        <Select id="environment-picker" value={selected.id} onChange={(event) => select(event.target.value)}>
          {environments.map((environment) => (
            <option key={environment.id} value={environment.id}>
              {environment.name}
              {environment.production ? " (production)" : ""}
            </option>
          ))}
        </Select>
        {selected.production && (
          <strong className="rounded bg-danger-strong px-2 py-0.5 text-xs uppercase text-white">Production</strong>
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
