export interface FaqEntry {
  id: string;
  question: string;
  /** The article's section the answer comes from, for reports per section. */
  section: string;
  answer: string;
  alternates: string[];
  related: string[];
  source: 'faq' | 'article';
}

export type FaqMatch =
  | { kind: 'answer'; entry: FaqEntry; score: number }
  | { kind: 'clarify'; candidates: [FaqEntry, FaqEntry] }
  | { kind: 'none' };

export interface FaqOptions {
  /** Lowest score (0..1) the best entry needs before we answer with it. */
  threshold: number;
  /** When the runner-up is closer than this to the best, ask "Did you mean …?" instead of guessing. */
  margin: number;
}

/** One scored entry, best first in a ranking. */
export interface ScoredEntry {
  entry: FaqEntry;
  score: number;
}
