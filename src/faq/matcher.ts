import { decide, rankBest } from './decide';
import { phrasesOf } from './phrases';
import { INTENT_TOKENS } from './stopWords';
import { TokenIndex } from './tokenIndex';
import type { FaqEntry, FaqMatch, FaqOptions, ScoredEntry } from './types';
import { Vocabulary } from './vocabulary';

// A clause alone ("...growth mindset, what does it mean?") can carry the question, but is weaker evidence than the whole.
const CLAUSE_CREDIT = 0.9;

/** Splits a message where a new clause starts, so context told before a question does not drown it. */
function clausesOf(text: string): string[] {
  return text.split(/[.,;:!?]+|\b(?:but|so|because|cos|and)\b/i);
}

/** Tuned on test/faq-eval (see scripts/eval-faq.ts); the core exposes them as FAQ_THRESHOLD / FAQ_MARGIN. */
export const DEFAULT_FAQ_OPTIONS: FaqOptions = { threshold: 0.52, margin: 0.05 };

/**
 * Matches a question against the FAQ: text is normalised and tokenised (stop words, stems, synonyms,
 * typos mended with fuse.js against the content's own words), then scored by IDF-weighted token overlap.
 */
export class FaqMatcher {
  private readonly entries: FaqEntry[];
  private readonly byId: Map<string, FaqEntry>;
  private readonly vocabulary: Vocabulary;
  private readonly index: TokenIndex;

  constructor(entries: FaqEntry[], private readonly options: FaqOptions = DEFAULT_FAQ_OPTIONS) {
    this.entries = [...entries];
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.vocabulary = new Vocabulary(entries.flatMap((entry) => [...phrasesOf(entry), entry.answer]));
    this.index = new TokenIndex(
      entries.map((entry) => ({
        phrases: phrasesOf(entry).map((phrase) => this.vocabulary.tokenise(phrase)),
        answer: this.vocabulary.tokenise(entry.answer),
      })),
      INTENT_TOKENS,
    );
  }

  match(text: string): FaqMatch {
    return decide(this.rank(text), this.options);
  }

  /** The best two entries with their scores, for evaluation and tuning. */
  rank(text: string): ScoredEntry[] {
    const clauses = clausesOf(text)
      .map((clause) => this.vocabulary.tokenise(clause))
      .filter((tokens) => !tokens.every((token) => INTENT_TOKENS.has(token)));
    if (clauses.length === 0) return [];
    const best = this.index.score(clauses.flat());
    if (clauses.length > 1) {
      for (const clause of clauses) {
        this.index.score(clause).forEach((score, owner) => best.set(owner, Math.max(best.get(owner) ?? 0, score * CLAUSE_CREDIT)));
      }
    }
    const scored: ScoredEntry[] = [];
    best.forEach((score, owner) => scored.push({ entry: this.entries[owner], score }));
    return rankBest(scored);
  }

  list(): FaqEntry[] {
    return [...this.entries];
  }

  get(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }
}
