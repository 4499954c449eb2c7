import Link from "next/link";

import { Button } from "@/components/ui/button";
import type { HistoryQuery } from "@/lib/audit/history-query";
import { SEND_STATUSES } from "@/lib/audit/send-record";

const INPUT = "mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm";

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
      <input id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={INPUT} />
    </div>
  );
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter sends"
      className="grid gap-3 rounded-lg border border-slate-300 bg-white p-3 md:grid-cols-4"
    >
      {field("requestId", "RequestId", query.requestId)}
      {field("operator", "Operator email", query.operator)}
      {field("fromUserId", "FromUserId", query.fromUserId)}
      {field("target", "Target UserId", query.target)}
      <div>
        <label htmlFor="filter-status" className="text-xs font-medium">
          Outcome
        </label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={INPUT}>
          <option value="">Any</option>
          {SEND_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      {field("code", "Code or SubCode", query.code)}
      <div>
        <label htmlFor="filter-since" className="text-xs font-medium">
          Since (server time)
        </label>
        <input id="filter-since" name="since" type="datetime-local" defaultValue={localInput(query.since)} className={INPUT} />
      </div>
      <div>
        <label htmlFor="filter-until" className="text-xs font-medium">
          Until (server time)
        </label>
        <input id="filter-until" name="until" type="datetime-local" defaultValue={localInput(query.until)} className={INPUT} />
      </div>
      <div className="flex gap-2 md:col-span-4">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Link href="/history" className="rounded border border-slate-300 px-3 py-1.5 text-sm">
          Reset
        </Link>
      </div>
    </form>
  );
}
