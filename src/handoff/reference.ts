import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L or U/V pairs: a reference read out over the phone cannot be misheard as another. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const REFERENCE_PATTERN = new RegExp(`^BB-[${REFERENCE_ALPHABET}]{5}$`);

export function newReference(pick: (max: number) => number = randomInt): string {
  let code = '';
  for (let index = 0; index < 5; index += 1) code += REFERENCE_ALPHABET[pick(REFERENCE_ALPHABET.length)];
  return `BB-${code}`;
}
