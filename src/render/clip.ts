/** The size of a piece of text as it travels: UTF-8, with JSON's escapes (a quote or backslash takes two bytes, a control character six). */
export function jsonBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text));
}

const ELLIPSIS = '…';

/** The text, or its longest start (whole characters, never half an emoji) that fits in `budget` bytes with an ellipsis. */
export function clipToBytes(text: string, budget: number): string {
  if (jsonBytes(text) <= budget) return text;
  const characters = Array.from(text);
  let fits = 0;
  let tooMany = characters.length;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (jsonBytes(characters.slice(0, middle).join('') + ELLIPSIS) <= budget) fits = middle;
    else tooMany = middle;
  }
  return characters.slice(0, fits).join('') + ELLIPSIS;
}
