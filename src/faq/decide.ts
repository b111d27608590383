import type { FaqMatch, FaqOptions, ScoredEntry } from './types';

/** Turns a best-first ranking into an answer, a "Did you mean …?" between the top two, or an honest none. */
export function decide(ranked: readonly ScoredEntry[], options: FaqOptions): FaqMatch {
  const [best, runnerUp] = ranked;
  if (best === undefined || best.score < options.threshold) return { kind: 'none' };
  if (runnerUp !== undefined && best.score - runnerUp.score < options.margin) {
    return { kind: 'clarify', candidates: [best.entry, runnerUp.entry] };
  }
  return { kind: 'answer', entry: best.entry, score: best.score };
}

export function rankBest(scores: ReadonlyArray<ScoredEntry>): ScoredEntry[] {
  return [...scores].sort((a, b) => b.score - a.score).slice(0, 2);
}
