import Fuse from 'fuse.js';
import { editDistance } from '../language/editDistance';

// Short words are too easy to "correct" into something else ("pizza" is not a typo of anything here).
const MIN_FUZZY_LENGTH = 4;
// Up to this length a changed or extra letter usually makes another real word ("band"/"bad", "prime"/"prize"),
// so only a left-out letter ("dwek") or two swapped letters ("brian") count as slips.
const SHORT_WORD_LENGTH = 5;

function allowedEdits(word: string): number {
  return word.length >= 9 ? 2 : 1;
}

const BASE = 131;
// Kept to 30 bits so hashes stay small integers, which V8 keys a Map by without boxing.
const MASK = 0x3fffffff;

/**
 * Hashes of the word with up to `depth` (0–2) letters deleted. Two words within that many edits always share one of
 * these. Computed from prefix hashes without building the shorter strings, which was most of the cost of a typo.
 * A collision only adds a candidate, and every candidate is checked by edit distance.
 */
function deletionHashes(word: string, depth: number): number[] {
  const n = word.length;
  const prefix = new Array<number>(n + 1);
  const power = new Array<number>(n + 1);
  prefix[0] = 0;
  power[0] = 1;
  for (let k = 0; k < n; k++) {
    prefix[k + 1] = (Math.imul(prefix[k], BASE) + word.charCodeAt(k)) & MASK;
    power[k + 1] = Math.imul(power[k], BASE) & MASK;
  }
  // Hash of word[from, to), then shifted left past `after` more letters.
  const part = (from: number, to: number, after: number) =>
    Math.imul((prefix[to] - Math.imul(prefix[from], power[to - from])) & MASK, power[after]) & MASK;
  const hashes = [prefix[n]];
  for (let i = 0; i < n && depth >= 1; i++) {
    hashes.push((part(0, i, n - 1 - i) + part(i + 1, n, 0)) & MASK);
    for (let j = i + 1; j < n && depth >= 2; j++) {
      hashes.push((part(0, i, n - 2 - i) + part(i + 1, j, n - 1 - j) + part(j + 1, n, 0)) & MASK);
    }
  }
  return hashes;
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

function isPlausibleSlip(typed: string, candidate: string): boolean {
  return typed.length > SHORT_WORD_LENGTH || candidate.length > typed.length || sameLetters(typed, candidate);
}

/**
 * Mends typos against the content's own words. A deletion index (as in SymSpell) finds the few words near a typo
 * without scanning them all; the edit distance picks the nearest; fuse.js breaks the rare tie between equally near
 * words (it prefers the one sharing the longest run of letters).
 */
export class SpellingCorrector {
  private readonly nearKeys = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      for (const key of deletionHashes(word, allowedEdits(word))) {
        const near = this.nearKeys.get(key);
        if (near === undefined) this.nearKeys.set(key, [word]);
        else near.push(word);
      }
    }
  }

  /** The content word `typed` is a slip of, or undefined when there is none. */
  correct(typed: string): string | undefined {
    if (typed.length < MIN_FUZZY_LENGTH) return undefined;
    const max = allowedEdits(typed);
    const seen = new Set<string>();
    let nearest: string[] = [];
    let nearestDistance = max + 1;
    for (const key of deletionHashes(typed, max)) {
      const near = this.nearKeys.get(key);
      if (near === undefined) continue;
      for (const candidate of near) {
        // A word shares many deletion keys with a typo of it: measure it once.
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (!isPlausibleSlip(typed, candidate)) continue;
        const distance = editDistance(typed, candidate, max);
        if (distance > max || distance > nearestDistance) continue;
        if (distance < nearestDistance) nearest = [];
        nearest.push(candidate);
        nearestDistance = distance;
      }
    }
    if (nearest.length < 2) return nearest[0];
    return new Fuse(nearest, { threshold: 1, ignoreLocation: true }).search(typed)[0]?.item ?? nearest[0];
  }
}
