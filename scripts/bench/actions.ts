export { callBuiltAction as callAction } from "../../e2e/support/server-actions";

/** The rows of an RSC body: `id:json` lines, and `id:T<hex byte length>,text` rows that may span lines. */
function rscRows(body: string): Map<string, unknown> {
  const bytes = Buffer.from(body, "utf8");
  const rows = new Map<string, unknown>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(":", at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString();
    if (bytes[colon + 1] === "T".charCodeAt(0)) {
      const comma = bytes.indexOf(",", colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, bytes.subarray(comma + 1, comma + 1 + length).toString());
      at = comma + 1 + length;
    } else {
      const end = bytes.indexOf("\n", colon);
      const stop = end < 0 ? bytes.length : end;
      rows.set(id, JSON.parse(bytes.subarray(colon + 1, stop).toString()));
      at = stop + 1;
    }
  }
  return rows;
}

function resolve(value: unknown, rows: Map<string, unknown>): unknown {
  if (typeof value === "string") {
    if (value === "$undefined") return undefined;
    if (value.startsWith("$$")) return value.slice(1);
    const reference = /^\$@?([0-9a-f]+)$/.exec(value);
    return reference ? resolve(rows.get(reference[1] as string), rows) : value;
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, rows));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, rows)]));
  return value;
}

/** The action's answer out of its RSC body, with long strings and references put back in place. */
export function actionAnswer<T>(body: string): T {
  const rows = rscRows(body);
  if (!rows.has("1")) throw new Error(`no answer in the action's body: ${body.slice(0, 300)}`);
  return resolve(rows.get("1"), rows) as T;
}
