import { z } from "zod";

import { toStorableText } from "@/lib/zim/storable-text";

import { SEND_STATUSES, type SendStatus } from "./send-record";

const MAX_TEXT = 200;
/** Codes and SubCodes are stored as bigint; 15 digits stay exact in a JavaScript number. */
const MAX_CODE_DIGITS = 15;
const MAX_PAGE = 100_000;
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

const dateTime = text.transform((value) => {
  if (!value) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) || time < EARLIEST || time > LATEST ? undefined : new Date(time);
});

const isStatus = (value: string | undefined): value is SendStatus => SEND_STATUSES.some((status) => status === value);

/** History's filters, from the page's query string; anything malformed or out of range is ignored, never fatal. */
export const historyQuerySchema = z.object({
  operator: text,
  fromUserId: text,
  target: text,
  status: text.transform((value) => (isStatus(value) ? value : undefined)),
  code: text.transform((value) => (value && new RegExp(`^\\d{1,${MAX_CODE_DIGITS}}$`).test(value) ? Number(value) : undefined)),
  requestId: text,
  since: dateTime,
  until: dateTime,
  page: text.transform((value) => (value && /^\d{1,6}$/.test(value) ? Math.min(MAX_PAGE, Math.max(1, Number(value))) : 1)),
});

export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export function parseHistoryQuery(params: Record<string, string | string[] | undefined>): HistoryQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return historyQuerySchema.parse(single);
}
