import Fuse from 'fuse.js';
import { editDistance } from './editDistance';

// Short words are too easy to "correct" into something else ("pizza" is not a typo of anything here).
const MIN_FUZZY_LENGTH = 4;
// Up to this length a changed or extra letter usually makes another real word ("band"/"bad", "prime"/"prize"),
// so only a left-out letter ("dwek") or two swapped letters ("brian") count as slips.
const SHORT_WORD_LENGTH = 5;

function allowedEdits(word: string): number {
  return word.length >= 9 ? 2 : 1;
}

/** The word with up to `depth` letters deleted. Two words within that many edits always share one of these. */
function deletions(word: string, depth: number): Set<string> {
  const found = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return found;
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
  private readonly nearKeys = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      for (const key of deletions(word, allowedEdits(word))) {
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
    let nearest: string[] = [];
    let nearestDistance = max + 1;
    for (const key of deletions(typed, max)) {
      for (const candidate of this.nearKeys.get(key) ?? []) {
        if (nearest.includes(candidate) || !isPlausibleSlip(typed, candidate)) continue;
        const distance = editDistance(typed, candidate, max);
        if (distance > max) continue;
        if (distance < nearestDistance) {
          nearest = [candidate];
          nearestDistance = distance;
        } else if (distance === nearestDistance) {
          nearest.push(candidate);
        }
      }
    }
    if (nearest.length < 2) return nearest[0];
    return new Fuse(nearest, { threshold: 1, ignoreLocation: true }).search(typed)[0]?.item ?? nearest[0];
  }
}
