/**
 * ZEGO's pages disagree on which characters a user ID may hold (README.md here,
 * decision 13). We accept the union and warn about the characters that only some of the pages allow.
 */
const SYMBOLS_ON_EVERY_LIST = "!#$%&()+-:;<=.>?@[]^_|~";
const SYMBOLS_ON_SOME_LISTS = " ,{}";

const ALLOWED = new RegExp(`^[A-Za-z0-9${escapeForClass(SYMBOLS_ON_EVERY_LIST + SYMBOLS_ON_SOME_LISTS)}]*$`);

function escapeForClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, "\\$&");
}

/** Characters of `userId` that no list allows, each once, in order of appearance. */
export function disallowedUserIdCharacters(userId: string): string[] {
  if (ALLOWED.test(userId)) return [];
  const seen = new Set<string>();
  for (const char of userId) {
    if (!ALLOWED.test(char)) seen.add(char);
  }
  return [...seen];
}

export function isUserIdCharsetValid(userId: string): boolean {
  return ALLOWED.test(userId);
}

/** Advice for a user ID that passes but may still be refused by a stricter ZIM deployment. */
export function userIdWarnings(userId: string): string[] {
  const warnings: string[] = [];
  if (userId !== userId.trim()) {
    warnings.push("Leading or trailing space: ZIM keeps it as part of the ID (nothing is trimmed).");
  }
  const partial = [...new Set([...userId].filter((char) => SYMBOLS_ON_SOME_LISTS.includes(char)))];
  if (partial.length > 0) {
    const shown = partial.map((char) => (char === " " ? "space" : `“${char}”`)).join(", ");
    warnings.push(`${shown}: allowed by only some of ZEGO's pages; ZIM may refuse it.`);
  }
  return warnings;
}
