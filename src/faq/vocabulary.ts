import Fuse from 'fuse.js';
import { canonicalWord } from './canonical';
import { splitWords } from './normalise';
import { STOP_WORDS } from './stopWords';
import { editDistance } from './editDistance';

// Short words are too easy to "correct" into something else ("pizza" is not a typo of anything here).
const MIN_FUZZY_LENGTH = 4;

function allowedEdits(word: string): number {
  return word.length >= 9 ? 2 : 1;
}

/** The word with up to `depth` letters deleted. Two words within that many edits always share one of these. */
function deletions(word: string, depth: number): Set<string> {
  const found = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    frontier = frontier.flatMap((w) => Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1)));
    frontier.forEach((w) => found.add(w));
  }
  return found;
}

/**
 * Turns text into the canonical tokens the index knows. It closes up compounds the content spells as one word
 * ("self compassion", "neuro plasticity"), drops stop words, and mends typos against the content's own words:
 * a deletion index finds the near spellings, fuse.js ranks them and an edit-distance check keeps real slips.
 */
export class Vocabulary {
  private readonly words: Set<string>;
  private readonly tokens: Set<string>;
  // Deletion keys -> content words (as in SymSpell): finds the few words near a typo without scanning them all.
  private readonly nearKeys = new Map<string, string[]>();

  constructor(phrases: readonly string[]) {
    this.words = new Set(phrases.flatMap((phrase) => splitWords(phrase)).filter((word) => !STOP_WORDS.has(word)));
    this.tokens = new Set([...this.words].map(canonicalWord));
    for (const word of this.words) {
      for (const key of deletions(word, allowedEdits(word))) this.nearKeys.set(key, [...(this.nearKeys.get(key) ?? []), word]);
    }
  }

  tokenise(text: string): string[] {
    const words = this.joinCompounds(splitWords(text)).filter((word) => !STOP_WORDS.has(word));
    return words.map((word) => this.resolve(word));
  }

  knows(token: string): boolean {
    return this.tokens.has(token);
  }

  private joinCompounds(words: string[]): string[] {
    const joined: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const pair = words[i] + (words[i + 1] ?? '');
      if (i + 1 < words.length && this.words.has(pair)) {
        joined.push(pair);
        i++;
      } else {
        joined.push(words[i]);
      }
    }
    return joined;
  }

  private resolve(word: string): string {
    const token = canonicalWord(word);
    if (this.tokens.has(token) || word.length < MIN_FUZZY_LENGTH) return token;
    const max = allowedEdits(word);
    const candidates = new Set([...deletions(word, max)].flatMap((key) => this.nearKeys.get(key) ?? []));
    if (candidates.size === 0) return token;
    // fuse.js ranks the near spellings (it prefers the one sharing the longest run of letters); the edit
    // distance check keeps only real slips of one or two letters.
    const corrected = new Fuse([...candidates], { threshold: 0.6, ignoreLocation: true })
      .search(word)
      .map((result) => result.item)
      .find((candidate) => editDistance(word, candidate, max) <= max);
    return corrected === undefined ? token : canonicalWord(corrected);
  }
}
