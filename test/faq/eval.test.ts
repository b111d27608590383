import { loadFaq } from '../../src/faq/content';
import { FaqMatcher } from '../../src/faq/matcher';
import { EVAL_FOLDERS, evaluate, loadEvalSet } from '../faq-eval/evaluate';

// The tuned set and the fresh sets (each written before any tuning against it, tuned on since): see EVAL_FOLDERS.
describe.each(Object.entries(EVAL_FOLDERS))('FAQ eval set "%s" (scripts/eval-faq.ts)', (_name, folder) => {
  const entries = loadFaq();
  const matcher = new FaqMatcher(entries);
  const set = loadEvalSet(folder);
  const report = evaluate((text) => matcher.match(text), set.inScope, set.outOfScope);

  it('is big enough and covers every entry', () => {
    expect(set.inScope.length).toBeGreaterThanOrEqual(80);
    expect(set.outOfScope.length).toBeGreaterThanOrEqual(40);
    expect(new Set(set.inScope.map((c) => c.id))).toEqual(new Set(entries.map((e) => e.id)));
  });

  it('keeps eval phrasings out of the content', () => {
    const stored = new Set(entries.flatMap((e) => [e.question, ...e.alternates]).map((p) => p.toLowerCase()));
    for (const { text } of set.inScope) expect(stored.has(text.toLowerCase())).toBe(false);
  });

  it('answers at least 95% of in-scope questions with the right entry', () => {
    expect(report.top1Accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('rejects at least 95% of out-of-scope questions', () => {
    expect(report.outOfScopeRejection).toBeGreaterThanOrEqual(0.95);
  });
});
