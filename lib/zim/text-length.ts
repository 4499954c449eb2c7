const encoder = new TextEncoder();

/** ZIM measures user IDs and attributes in UTF-8 bytes. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** ZIM measures Wording and FriendAlias in characters; we count Unicode code points (README.md here, decision 14). */
export function codePoints(text: string): number {
  return Array.from(text).length;
}
