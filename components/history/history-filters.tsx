import Link from "next/link";

import { TimeZoneField } from "@/components/time/time-zone-field";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { CALL_STATUSES, type HistoryQuery } from "@/lib/audit/history-query";
import { SEND_STATUSES } from "@/lib/audit/send-record";
import { instantToWallTime } from "@/lib/time/zoned";

export type HistoryKind = "sends" | "calls";

const PATHS: Record<HistoryKind, string> = { sends: "/history", calls: "/history/calls" };

/**
 * A plain GET form: every filter is in the URL, so a filtered view can be shared in a ticket. Dates
 * are picked in the viewer's zone, which the form sends along.
 */
export function HistoryFilters({ query, kind }: { query: HistoryQuery; kind: HistoryKind }) {
  const field = (name: string, label: string, value: string | number | undefined) => (
    <div>
      <label htmlFor={`filter-${name}`} className="text-xs font-medium">
        {label}
      </label>
      <Input id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full" />
    </div>
  );
  const choice = (name: string, label: string, value: string | undefined, options: readonly (readonly [string, string])[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="text-xs font-medium">
        {label}
      </label>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full">
        <option value="">Any</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </Select>
    </div>
  );
  const date = (name: "since" | "until", label: string) => (
    <div>
      <label htmlFor={`filter-${name}`} className="text-xs font-medium">
        {label} <span className="font-normal text-muted">(your time)</span>
      </label>
      <Input
        id={`filter-${name}`}
        name={name}
        type="datetime-local"
        defaultValue={query[name] ? instantToWallTime(query[name], query.tz) : ""}
        className="mt-1 w-full"
      />
    </div>
  );
  const statuses = kind === "sends" ? SEND_STATUSES : CALL_STATUSES;
  return (
    <form
      method="get"
      action={PATHS[kind]}
      role="search"
      aria-label={kind === "sends" ? "Filter sends" : "Filter QA calls"}
      className="grid gap-3 rounded-lg border border-border bg-surface p-3 sm:grid-cols-2 md:grid-cols-4"
    >
      <TimeZoneField />
      <div className="sm:col-span-2 md:col-span-4">
        <label htmlFor="filter-q" className="text-xs font-medium">
          Search
        </label>
        <Input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          aria-describedby="filter-q-hint"
          className="mt-1 w-full"
        />
        <p id="filter-q-hint" className="text-xs text-muted">
          The start of a RequestId, ticket, FromUserId or target user ID, in any case.
        </p>
      </div>
      {field("requestId", "RequestId starts with", query.requestId)}
      {field("operator", "Operator email", query.operator)}
      {field("fromUserId", "FromUserId", query.fromUserId)}
      {field("target", kind === "sends" ? "Target UserId" : "UserId in the call", query.target)}
      {choice(
        "status",
        "Outcome",
        query.status,
        statuses.map((status) => [status, status]),
      )}
      {kind === "calls" &&
        choice("source", "Tool", query.source, [
          ["as-is", "Send as-is"],
          ["suite", "Suite"],
          ["check", "Check (preflight, follow-up)"],
          ["lookup", "User lookup"],
        ])}
      {field("code", kind === "sends" ? "Code or SubCode" : "Code", query.code)}
      {date("since", "Since")}
      {date("until", "Until")}
      <div className="flex gap-2 sm:col-span-2 md:col-span-4">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Link href={PATHS[kind]} className="rounded border border-border px-3 py-1.5 text-sm">
          Reset
        </Link>
      </div>
    </form>
  );
}
