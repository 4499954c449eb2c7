import { z } from "zod";

import { SEND_STATUSES, type SendStatus } from "./send-record";

const text = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => (value ? value : undefined));
const dateTime = text.transform((value) => {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
});

/** History's filters, from the page's query string; anything malformed is ignored, never fatal. */
export const historyQuerySchema = z.object({
  operator: text,
  fromUserId: text,
  target: text,
  status: text.transform((value) => (SEND_STATUSES.includes(value as SendStatus) ? (value as SendStatus) : undefined)),
  code: text.transform((value) => (value && /^\d+$/.test(value) ? Number(value) : undefined)),
  requestId: text,
  since: dateTime,
  until: dateTime,
  page: text.transform((value) => (value && /^\d+$/.test(value) ? Math.max(1, Number(value)) : 1)),
});

export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export function parseHistoryQuery(params: Record<string, string | string[] | undefined>): HistoryQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return historyQuerySchema.parse(single);
}
