import { decide, rankBest } from './decide';
import { phrasesOf } from './phrases';
import { readsAsQuestion } from './questionOrAnswer';
import { INTENT_TOKENS } from './stopWords';
import { TokenIndex } from './tokenIndex';
import type { FaqEntry, FaqMatch, FaqOptions, ScoredEntry } from './types';
import { Vocabulary } from './vocabulary';

// The question sentence alone ("…I'm gutted. How do I stop feeling rubbish?") can carry what is asked, but is weaker
// evidence than the whole message.
const QUESTION_SENTENCE_CREDIT = 0.9;
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;

/**
 * Tuned on test/faq-eval (see scripts/eval-faq.ts) and kept as they were when test/faq-eval/fresh was scored;
 * the core exposes them as FAQ_THRESHOLD / FAQ_MARGIN.
 */
export const DEFAULT_FAQ_OPTIONS: FaqOptions = { threshold: 0.52, margin: 0.05 };

/**
 * Matches a question against the FAQ: text is normalised and tokenised (stop words, stems, synonyms, typos mended
 * against the content's own words), then scored by IDF-weighted token overlap, the whole message and its question
 * sentences apart.
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
    const best = new Map<number, number>();
    this.readingsOf(text).forEach((tokens, i) => {
      const credit = i === 0 ? 1 : QUESTION_SENTENCE_CREDIT;
      this.index.score(tokens).forEach((score, owner) => best.set(owner, Math.max(best.get(owner) ?? 0, score * credit)));
    });
    const scored: ScoredEntry[] = [];
    best.forEach((score, owner) => scored.push({ entry: this.entries[owner], score }));
    return rankBest(scored);
  }

  /**
   * The tokens of the whole message, then of each sentence in it that asks, so context told first does not drown the
   * question. A question with no topic of its own ("She mentioned neuroplasticity. What is it?") takes the sentence
   * before it along. Readings with no topic at all (only "who") are left out.
   */
  private readingsOf(text: string): string[][] {
    const hasTopic = (tokens: string[]) => !tokens.every((token) => INTENT_TOKENS.has(token));
    const whole = this.vocabulary.tokenise(text);
    if (!hasTopic(whole)) return [];
    const sentences = text.split(SENTENCE_BREAK).filter((sentence) => sentence.trim() !== '');
    if (sentences.length < 2) return [whole];
    const readings = [whole];
    sentences.forEach((sentence, i) => {
      if (!readsAsQuestion(sentence)) return;
      const tokens = this.vocabulary.tokenise(sentence);
      if (hasTopic(tokens)) readings.push(tokens);
      else if (i > 0) readings.push(this.vocabulary.tokenise(`${sentences[i - 1]} ${sentence}`));
    });
    return readings;
  }

  list(): FaqEntry[] {
    return [...this.entries];
  }

  get(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }
}
