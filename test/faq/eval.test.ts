import { loadFaq } from '../../src/faq/content';
import { FaqMatcher } from '../../src/faq/matcher';
import { evaluate, IN_SCOPE, OUT_OF_SCOPE } from '../faq-eval/evaluate';

describe('FAQ eval set (scripts/eval-faq.ts)', () => {
  const entries = loadFaq();
  const matcher = new FaqMatcher(entries);
  const report = evaluate((text) => matcher.match(text));

  it('is big enough and covers every entry', () => {
    expect(IN_SCOPE.length).toBeGreaterThanOrEqual(80);
    expect(OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(IN_SCOPE.map((c) => c.id))).toEqual(new Set(entries.map((e) => e.id)));
  });

  it('keeps eval phrasings out of the content', () => {
    const stored = new Set(entries.flatMap((e) => [e.question, ...e.alternates]).map((p) => p.toLowerCase()));
    for (const { text } of IN_SCOPE) expect(stored.has(text.toLowerCase())).toBe(false);
  });

  it('answers at least 95% of in-scope questions with the right entry', () => {
    expect(report.top1Accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('rejects at least 95% of out-of-scope questions', () => {
    expect(report.outOfScopeRejection).toBeGreaterThanOrEqual(0.95);
  });
});
