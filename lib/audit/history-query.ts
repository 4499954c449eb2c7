import { z } from "zod";

import { isTimeZone, wallTimeToInstant } from "@/lib/time/zoned";
import { toStorableText } from "@/lib/zim/storable-text";

import { decodeCursor } from "./keyset";
import type { CallSource, CallStatus } from "./logged-call";
import { SEND_STATUSES, type SendStatus } from "./send-record";

const MAX_TEXT = 200;
/** Codes and SubCodes are stored as bigint; 15 digits stay exact in a JavaScript number. */
const MAX_CODE_DIGITS = 15;
/** Dates PostgreSQL and JavaScript both hold without surprise. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

/** Trimmed, at most 200 characters, without U+0000 or lone surrogates; empty means no filter. */
const text = z
  .unknown()
  .optional()
  .transform((value) =>
    typeof value === "string" ? toStorableText(value).text.replaceAll("\uFFFD", "").trim().slice(0, MAX_TEXT) : "",
  )
  .transform((value) => (value ? value : undefined));

/** A picker's wall time ("2026-11-27T06:59") in the viewer's zone, or an instant with its own offset. */
function resolveDate(value: string | undefined, timeZone: string): Date | undefined {
  if (!value) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? wallTimeToInstant(value, timeZone) : new Date(value);
  const time = date?.getTime() ?? Number.NaN;
  return Number.isNaN(time) || time < EARLIEST || time > LATEST ? undefined : new Date(time);
}

export const CALL_STATUSES: readonly CallStatus[] = ["pending", "answered", "transport-failed", "unknown"];
const isStatus = (value: string | undefined): value is SendStatus | CallStatus =>
  [...SEND_STATUSES, ...CALL_STATUSES].some((status) => status === value);
export const isSendStatus = (value: string | undefined): value is SendStatus => SEND_STATUSES.some((status) => status === value);
export const isCallStatus = (value: string | undefined): value is CallStatus => CALL_STATUSES.some((status) => status === value);
const CALL_SOURCES: readonly CallSource[] = ["as-is", "suite", "check", "lookup"];

/** History's filters, from the page's query string; anything malformed or out of range is ignored, never fatal. */
export const historyQuerySchema = z
  .object({
    /** One box: a prefix of RequestId, ticket, FromUserId or a target UserId, any case. */
    q: text,
    operator: text,
    fromUserId: text,
    target: text,
    status: text.transform((value) => (isStatus(value) ? value : undefined)),
    code: text.transform((value) => (value && new RegExp(`^\\d{1,${MAX_CODE_DIGITS}}$`).test(value) ? Number(value) : undefined)),
    requestId: text,
    source: text.transform((value) => CALL_SOURCES.find((source) => source === value)),
    since: text,
    until: text,
    /** The viewer's zone, which the date filters are read in. */
    tz: text.transform((value) => (isTimeZone(value) ? value : "UTC")),
    /** Keyset cursors: the page older than a row, or newer than it. */
    before: text.transform(decodeCursor),
    after: text.transform(decodeCursor),
  })
  .transform(({ since, until, ...query }) => ({
    ...query,
    since: resolveDate(since, query.tz),
    until: resolveDate(until, query.tz),
  }));

export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export function parseHistoryQuery(params: Record<string, string | string[] | undefined>): HistoryQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return historyQuerySchema.parse(single);
}
