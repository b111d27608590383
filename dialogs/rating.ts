const WORDS: Record<string, number> = {
  zero: 0, none: 0, nothing: 0, one: 1, two: 2, three: 3, four: 4, five: 5,
  six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/**
 * Reads a 0–10 rating from short replies such as "7", "7/10", "about a six", "8 out of 10".
 * Returns undefined when there is no single clear number in range.
 */
export function parseRating(text: string): number | undefined {
  const cleaned = text.toLowerCase().replace(/(\/|out of)\s*10\b/g, ' ').trim();
  if (cleaned.length > 40) return undefined;
  const found = cleaned.match(/\b(?:\d+(?:\.\d+)?|zero|none|nothing|one|two|three|four|five|six|seven|eight|nine|ten)\b/g) ?? [];
  if (found.length !== 1) return undefined;
  const value = found[0] in WORDS ? WORDS[found[0]] : Number(found[0]);
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : undefined;
}
