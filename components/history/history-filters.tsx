import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { HistoryQuery } from "@/lib/audit/history-query";
import { SEND_STATUSES } from "@/lib/audit/send-record";

function localInput(date: Date | undefined): string {
  if (!date) return "";
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 16);
}

/** A plain GET form: every filter is in the URL, so a filtered view can be shared in a ticket. */
export function HistoryFilters({ query }: { query: HistoryQuery }) {
  const field = (name: string, label: string, value: string | number | undefined) => (
    <div>
      <label htmlFor={`filter-${name}`} className="text-xs font-medium">
        {label}
      </label>
      <Input id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full" />
    </div>
  );
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter sends"
      className="grid gap-3 rounded-lg border border-border bg-surface p-3 md:grid-cols-4"
    >
      {field("requestId", "RequestId", query.requestId)}
      {field("operator", "Operator email", query.operator)}
      {field("fromUserId", "FromUserId", query.fromUserId)}
      {field("target", "Target UserId", query.target)}
      <div>
        <label htmlFor="filter-status" className="text-xs font-medium">
          Outcome
        </label>
        <Select id="filter-status" name="status" defaultValue={query.status ?? ""} className="mt-1 w-full">
          <option value="">Any</option>
          {SEND_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </Select>
      </div>
      {field("code", "Code or SubCode", query.code)}
      <div>
        <label htmlFor="filter-since" className="text-xs font-medium">
          Since (server time)
        </label>
        <Input
          id="filter-since"
          name="since"
          type="datetime-local"
          defaultValue={localInput(query.since)}
          className="mt-1 w-full"
        />
      </div>
      <div>
        <label htmlFor="filter-until" className="text-xs font-medium">
          Until (server time)
        </label>
        <Input
          id="filter-until"
          name="until"
          type="datetime-local"
          defaultValue={localInput(query.until)}
          className="mt-1 w-full"
        />
      </div>
      <div className="flex gap-2 md:col-span-4">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Link href="/history" className="rounded border border-border px-3 py-1.5 text-sm">
          Reset
        </Link>
      </div>
    </form>
  );
}
