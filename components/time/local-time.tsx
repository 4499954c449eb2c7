"use client";

import { useViewerTimeZone } from "./use-viewer-time-zone";

const utcFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/**
 * A moment in the viewer's zone and locale with its offset ("27 Nov 2026, 06:59 GMT+8"); UTC on
 * hover. `seconds` for audit trails where the order within a minute matters.
 */
export function LocalTime({ value, seconds = false }: { value: string | Date; seconds?: boolean }) {
  const timeZone = useViewerTimeZone();
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <>{String(value)}</>;
  const shown = new Intl.DateTimeFormat(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: seconds ? "2-digit" : undefined,
    timeZone,
    timeZoneName: "shortOffset",
  }).format(date);
  return (
    <time dateTime={date.toISOString()} title={`${utcFormat.format(date)} UTC`}>
      {shown}
    </time>
  );
}
