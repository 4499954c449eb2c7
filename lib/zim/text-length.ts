/**
 * ZIM measures user IDs and attributes in UTF-8 bytes. Counted from the UTF-16 code units rather
 * than by encoding: a bulk list checks this for every cell, and an encoded copy per cell cost more
 * than the rest of the check in Chromium. A lone surrogate counts as U+FFFD (3 bytes), as
 * TextEncoder writes it.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** ZIM measures Wording and FriendAlias in characters; we count Unicode code points (README.md here, decision 14). */
export function codePoints(text: string): number {
  let points = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) index += 1;
    points += 1;
  }
  return points;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
