import { CODE_CATALOG, type CodeCategory, type CodeEntry } from "./code-catalog";

export const CATEGORY_LABELS: Record<CodeCategory, string> = {
  success: "Success",
  gateway: "Gateway and signature (1000000xx)",
  "rate-limit": "Rate limits",
  general: "General",
  user: "Users",
  friend: "Friends",
  blacklist: "Blacklist",
  room: "Rooms",
  group: "Groups",
  message: "Messages",
  conversation: "Conversations",
  call: "Calls",
};

/** Codes matching a number (prefix) or every word of a text, grouped by category in catalog order. */
export function searchCodes(query: string): { category: CodeCategory; label: string; entries: CodeEntry[] }[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = [...CODE_CATALOG.values()].filter((entry) => {
    const text =
      `${entry.code} ${entry.meaning} ${entry.action} ${entry.asSubCode ?? ""} ${CATEGORY_LABELS[entry.category]}`.toLowerCase();
    return words.every((word) => (/^\d+$/.test(word) ? String(entry.code).startsWith(word) : text.includes(word)));
  });
  return (Object.keys(CATEGORY_LABELS) as CodeCategory[])
    .map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      entries: matches.filter((entry) => entry.category === category),
    }))
    .filter((group) => group.entries.length > 0);
}
