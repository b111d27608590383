/** True when the text has at least one letter or digit: empty, whitespace, emoji or punctuation alone is not an answer. */
export function isUsableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
