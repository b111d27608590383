import { readFileSync } from 'fs';
import { join } from 'path';
import type { FaqMatch } from '../../src/faq/types';

export interface EvalCase {
  id: string;
  text: string;
}

/** One eval set: a folder holding in-scope.json ({id, text}[]) and out-of-scope.json (string[]). */
export interface EvalSet {
  inScope: EvalCase[];
  outOfScope: string[];
}

/**
 * The set the matcher was tuned on, and held-out-style sets each written before any tuning against it (fresh in the
 * second round, fresh-2 in the third, fresh-3 over every section of the article in the fourth); all are tuned on now.
 */
export const EVAL_FOLDERS = {
  tuned: __dirname, fresh: join(__dirname, 'fresh'), fresh2: join(__dirname, 'fresh-2'), fresh3: join(__dirname, 'fresh-3'), fresh4: join(__dirname, 'fresh-4'), fresh5: join(__dirname, 'fresh-5'),
} as const;

export function loadEvalSet(folder: string): EvalSet {
  const read = (name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8'));
  return { inScope: read('in-scope.json'), outOfScope: read('out-of-scope.json') };
}

const TUNED = loadEvalSet(EVAL_FOLDERS.tuned);
export const IN_SCOPE: EvalCase[] = TUNED.inScope;
export const OUT_OF_SCOPE: string[] = TUNED.outOfScope;

export interface EvalMiss {
  text: string;
  expected: string | null;
  got: string;
}

export interface EvalReport {
  inScope: number;
  outOfScope: number;
  top1Accuracy: number;
  outOfScopeRejection: number;
  /** Share of in-scope questions answered with "Did you mean …?" that offered the right entry. */
  clarifyWithRight: number;
  /** Share of all questions (in and out of scope) that got a clarification. */
  clarificationRate: number;
  misses: EvalMiss[];
}

function describe(match: FaqMatch): string {
  if (match.kind === 'answer') return `answer ${match.entry.id} (${match.score.toFixed(2)})`;
  if (match.kind === 'clarify') return `clarify ${match.candidates[0].id} | ${match.candidates[1].id}`;
  return 'none';
}

/** Scores any matcher on the eval set. A clarification is never top-1 correct; it is counted separately. */
export function evaluate(match: (text: string) => FaqMatch, inCases = IN_SCOPE, outCases = OUT_OF_SCOPE): EvalReport {
  const misses: EvalMiss[] = [];
  let correct = 0;
  let clarifyWithRight = 0;
  let clarifications = 0;
  for (const { id, text } of inCases) {
    const result = match(text);
    if (result.kind === 'clarify') clarifications++;
    if (result.kind === 'answer' && result.entry.id === id) {
      correct++;
      continue;
    }
    if (result.kind === 'clarify' && result.candidates.some((entry) => entry.id === id)) clarifyWithRight++;
    misses.push({ text, expected: id, got: describe(result) });
  }
  let rejected = 0;
  for (const text of outCases) {
    const result = match(text);
    if (result.kind === 'clarify') clarifications++;
    if (result.kind === 'none') rejected++;
    else misses.push({ text, expected: null, got: describe(result) });
  }
  return {
    inScope: inCases.length,
    outOfScope: outCases.length,
    top1Accuracy: correct / inCases.length,
    outOfScopeRejection: rejected / outCases.length,
    clarifyWithRight: clarifyWithRight / inCases.length,
    clarificationRate: clarifications / (inCases.length + outCases.length),
    misses,
  };
}
