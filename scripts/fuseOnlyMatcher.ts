import Fuse from 'fuse.js';
import { decide, rankBest } from '../src/faq/decide';
import { normaliseText } from '../src/language/normalise';
import { phrasesOf } from '../src/faq/phrases';
import { STOP_WORDS } from '../src/faq/stopWords';
import type { FaqEntry, FaqMatch, FaqOptions, ScoredEntry } from '../src/faq/types';

function withoutStopWords(text: string): string {
  return normaliseText(text)
    .split(' ')
    .filter((word) => !STOP_WORDS.has(word))
    .join(' ');
}

/**
 * The baseline the eval measures FaqMatcher against: fuse.js alone over the same normalised phrasings, with the
 * same threshold-and-margin decision. Kept so the choice of the combined matcher stays a measured one.
 */
export class FuseOnlyMatcher {
  private readonly fuse: Fuse<{ owner: number; text: string }>;

  constructor(private readonly entries: readonly FaqEntry[], private readonly options: FaqOptions) {
    const phrases = entries.flatMap((entry, owner) => phrasesOf(entry).map((phrase) => ({ owner, text: withoutStopWords(phrase) })));
    this.fuse = new Fuse(phrases, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  }

  match(text: string): FaqMatch {
    return decide(this.rank(text), this.options);
  }

  rank(text: string): ScoredEntry[] {
    const query = withoutStopWords(text);
    if (query === '') return [];
    const best = new Map<number, number>();
    for (const { item, score } of this.fuse.search(query)) {
      const similarity = 1 - (score ?? 1);
      if (similarity > (best.get(item.owner) ?? 0)) best.set(item.owner, similarity);
    }
    return rankBest([...best].map(([owner, score]) => ({ entry: this.entries[owner], score })));
  }
}
