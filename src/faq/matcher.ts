import type { TextClassifier } from '../language/classifier';
import { decide, rankBest } from './decide';
import { labelOf, phrasesOf } from './phrases';
import { normaliseText, splitWords } from '../language/normalise';
import { readsAsQuestion } from './readsAsQuestion';
import { INTENT_TOKENS } from './stopWords';
import { TokenIndex } from './tokenIndex';
import type { FaqEntry, FaqMatch, FaqOptions, ScoredEntry } from './types';
import { Vocabulary } from './vocabulary';

// The question sentence alone ("…I'm gutted. How do I stop feeling rubbish?") can carry what is asked, but is weaker
// evidence than the whole message.
const QUESTION_SENTENCE_CREDIT = 0.9;
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;
// Commas, semicolons and spaced dashes, which in a chat box often end a clause of story before the question.
const CLAUSE_BREAK = /[,;:]\s+|\s+[-\u2013\u2014]+\s+/;
// Words that refer back to something said before.
const POINTERS: ReadonlySet<string> = new Set(['it', 'its', 'that', 'thats', 'this', 'these', 'those', 'they', 'them', 'he', 'him', 'his', 'she', 'her']);

function clausesOf(text: string): { clause: string; endsSentence: boolean }[] {
  const isText = (part: string) => normaliseText(part) !== '';
  return text
    .split(SENTENCE_BREAK)
    .filter(isText)
    .flatMap((sentence) => sentence.split(CLAUSE_BREAK).filter(isText).map((clause, i, all) => ({ clause, endsSentence: i === all.length - 1 })));
}

function pointsBack(clause: string): boolean {
  return splitWords(clause).some((word) => POINTERS.has(word));
}

/**
 * Chosen on the four FAQ eval sets with the ranker blended in (scripts/eval-faq.ts);
 * the core exposes them as FAQ_THRESHOLD / FAQ_MARGIN.
 */
export const DEFAULT_FAQ_OPTIONS: FaqOptions = { threshold: 0.55, margin: 0.02 };

/**
 * How much a trained ranker's reading counts beside the token index's: on the four FAQ eval sets, 0.3 raised top-1 by
 * 2–5 points and off-topic rejection by up to 7 (scripts/eval-faq.ts prints both).
 */
export const RANKER_WEIGHT = 0.3;

/**
 * Matches a question against the FAQ: text is normalised and tokenised (stop words, stems, synonyms, typos mended
 * against the content's own words), then scored by IDF-weighted token overlap, the whole message and its question
 * question clauses apart.
 */
export class FaqMatcher {
  private readonly entries: FaqEntry[];
  private readonly byId: Map<string, FaqEntry>;
  private readonly vocabulary: Vocabulary;
  private readonly index: TokenIndex;

  /** `ranker` reads a message as one of the entry ids (or anything else); its confidence is blended into the score. */
  constructor(
    entries: readonly FaqEntry[],
    private readonly options: FaqOptions = DEFAULT_FAQ_OPTIONS,
    private readonly ranker?: TextClassifier,
  ) {
    this.entries = [...entries];
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.vocabulary = new Vocabulary(entries.flatMap((entry) => [...phrasesOf(entry), entry.answer]));
    this.index = new TokenIndex(
      entries.map((entry) => ({
        phrases: phrasesOf(entry).map((phrase) => this.vocabulary.tokenise(phrase)),
        answer: this.vocabulary.tokenise(entry.answer),
        label: this.vocabulary.tokenise(labelOf(entry)),
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
    const scores = new Map<FaqEntry, number>();
    best.forEach((score, owner) => scores.set(this.entries[owner], score));
    if (this.ranker) {
      const ranked = new Map(this.ranker.classify(text).map(({ label, score }) => [label, score]));
      for (const entry of this.entries) {
        const blended = (1 - RANKER_WEIGHT) * (scores.get(entry) ?? 0) + RANKER_WEIGHT * (ranked.get(entry.id) ?? 0);
        if (blended > 0) scores.set(entry, blended);
      }
    }
    return rankBest([...scores].map(([entry, score]) => ({ entry, score })));
  }

  /**
   * The tokens of the whole message, then of each clause in it that asks, so a story told first does not drown the
   * question. A question that points back ("…a perfectionist. Is that bad?", "she mentioned CBT, what is it?") or has
   * no topic of its own reads with the topic words of the clause before it; that clause's other words are story.
   * Readings with no topic at all (only "who") are left out.
   */
  private readingsOf(text: string): string[][] {
    const hasTopic = (tokens: string[]) => !tokens.every((token) => INTENT_TOKENS.has(token));
    const whole = this.vocabulary.tokenise(text);
    if (!hasTopic(whole)) return [];
    const clauses = clausesOf(text);
    if (clauses.length < 2) return [whole];
    const readings = [whole];
    clauses.forEach(({ clause, endsSentence }, i) => {
      // "How embarrassing, I forgot" opens like a question but asks nothing: only a sentence's last clause can ask.
      if (!endsSentence || !readsAsQuestion(clause)) return;
      const tokens = this.vocabulary.tokenise(clause);
      if (i > 0 && (!hasTopic(tokens) || pointsBack(clause))) {
        readings.push([...this.topicBefore(clauses, i), ...tokens]);
      } else if (hasTopic(tokens)) {
        readings.push(tokens);
      }
    });
    return readings;
  }

  /** The known words of the nearest clause before clause `i` that has any ("is that true, what happens?" looks further). */
  private topicBefore(clauses: readonly { clause: string }[], i: number): string[] {
    for (let j = i - 1; j >= 0; j--) {
      const known = this.vocabulary.tokenise(clauses[j].clause).filter((token) => this.vocabulary.knows(token));
      if (known.length > 0) return known;
    }
    return [];
  }

  list(): FaqEntry[] {
    return [...this.entries];
  }

  get(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }
}
