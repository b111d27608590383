import { loadFaq } from '../../src/faq/content';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { EVAL_FOLDERS, evaluate, loadEvalSet } from '../faq-eval/evaluate';

/**
 * Floors per set, just under what the matcher scores on each today (README, "FAQ matching"), so a change that makes
 * understanding worse fails here. The targets (92% top-1, 95% off-topic rejection) are met on the older sets
 * and not yet on fresh-3, the set over every section of the article; the README says so.
 */
const FLOORS: Record<keyof typeof EVAL_FOLDERS, { top1: number; rejection: number }> = {
  tuned: { top1: 0.94, rejection: 0.96 },
  fresh: { top1: 0.93, rejection: 0.95 },
  fresh2: { top1: 0.92, rejection: 0.9 },
  fresh3: { top1: 0.85, rejection: 0.93 },
};

const entries = loadFaq();
const matcher = createUnderstanding().faq;

describe.each(Object.entries(EVAL_FOLDERS) as Array<[keyof typeof EVAL_FOLDERS, string]>)('FAQ eval set "%s" (scripts/eval-faq.ts)', (name, folder) => {
  const set = loadEvalSet(folder);
  const report = evaluate((text) => matcher.match(text), set.inScope, set.outOfScope);

  it('is big enough and names only entries that exist', () => {
    expect(set.inScope.length).toBeGreaterThanOrEqual(80);
    expect(set.outOfScope.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(entries.map((e) => e.id));
    expect(set.inScope.filter((c) => !ids.has(c.id))).toEqual([]);
  });

  it('keeps eval phrasings out of the content', () => {
    const stored = new Set(entries.flatMap((e) => [e.question, ...e.alternates]).map((p) => p.toLowerCase()));
    expect(set.inScope.filter(({ text }) => stored.has(text.toLowerCase()))).toEqual([]);
  });

  it(`answers at least ${FLOORS[name].top1 * 100}% of in-scope questions with the right entry`, () => {
    expect(report.top1Accuracy).toBeGreaterThanOrEqual(FLOORS[name].top1);
  });

  it(`rejects at least ${FLOORS[name].rejection * 100}% of out-of-scope questions`, () => {
    expect(report.outOfScopeRejection).toBeGreaterThanOrEqual(FLOORS[name].rejection);
  });
});

describe('the set over every section of the article', () => {
  it('asks about every FAQ entry', () => {
    const asked = new Set(loadEvalSet(EVAL_FOLDERS.fresh3).inScope.map((c) => c.id));
    expect(entries.filter((e) => !asked.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});
