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

/**
 * Turns text into the canonical tokens the index knows. It closes up compounds the content spells as one word
 * ("self compassion", "neuro plasticity"), drops stop words, and mends typos against the content's own words:
 * fuse.js proposes near spellings, and an edit-distance check keeps only real slips of one or two letters.
 */
export class Vocabulary {
  private readonly words: Set<string>;
  private readonly tokens: Set<string>;
  private readonly fuse: Fuse<string>;

  constructor(phrases: readonly string[]) {
    this.words = new Set(phrases.flatMap((phrase) => splitWords(phrase)).filter((word) => !STOP_WORDS.has(word)));
    this.tokens = new Set([...this.words].map(canonicalWord));
    this.fuse = new Fuse([...this.words], { includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 3 });
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
    const corrected = this.fuse
      .search(word, { limit: 5 })
      .map((result) => result.item)
      .find((candidate) => editDistance(word, candidate, max) <= max);
    return corrected === undefined ? token : canonicalWord(corrected);
  }
}
