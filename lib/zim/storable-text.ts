/**
 * PostgreSQL cannot hold U+0000 in text or JSONB, and a lone surrogate is not valid UTF-8. Input
 * with either is refused at its field; an upstream answer with either is made storable instead.
 */
export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !value.includes("\u0000");
}

/** The same text with U+0000 and lone surrogates replaced by U+FFFD, and whether anything was replaced. */
export function toStorableText(value: string): { text: string; replaced: boolean } {
  if (isStorableText(value)) return { text: value, replaced: false };
  return { text: value.toWellFormed().replaceAll("\u0000", "\uFFFD"), replaced: true };
}
