import { COUNT_CAP } from "@/lib/audit/keyset";

/** "1 send", "20 sends", or "More than 1,000 sends" when the count stopped at its cap. */
export function matchCount(total: number, noun: string): string {
  if (total > COUNT_CAP) return `More than ${COUNT_CAP.toLocaleString("en-US")} ${noun}s`;
  return `${total.toLocaleString("en-US")} ${noun}${total === 1 ? "" : "s"}`;
}

/** A count for a heading: "12", or "1,000+" when it stopped at its cap. */
export function countText(total: number): string {
  return total > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-US")}+` : total.toLocaleString("en-US");
}
