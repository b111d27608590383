import { join } from 'node:path';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { evaluateUnderstanding, loadUnderstandingSet, type Score } from '../understanding-eval/evaluate';

/**
 * Floors just under what the tuned set scores today (README, "Understanding what people type"), so a change that makes
 * understanding worse fails here. The targets (95% at the menu and in the steps) are not yet met; the README
 * says so. The held-out set is never run by a test.
 */
const FLOORS: Record<string, { menu: number; steps: number; yesNo: number }> = {
  'fresh-1': { menu: 0.92, steps: 0.89, yesNo: 0.97 },
  // Written later; their before-tuning figures are in the README.
  'fresh-2': { menu: 0.94, steps: 0.89, yesNo: 0.96 },
  'fresh-3': { menu: 0.9, steps: 0.92, yesNo: 0.97 },
  // Written this session and never tuned on.
  'fresh-4': { menu: 0.91, steps: 0.87, yesNo: 0.88 },
};
const share = (score: Score) => score.right / score.total;

describe.each(Object.entries(FLOORS))('understanding eval set %s (scripts/eval-understanding.ts)', (name, floors) => {
  const { interpreter, language } = createUnderstanding();
  const set = loadUnderstandingSet(join(__dirname, '..', 'understanding-eval', name));
  const report = evaluateUnderstanding(set, interpreter, language);

  it('is big enough to mean something', () => {
    expect(set.menu.length).toBeGreaterThanOrEqual(150);
    expect(set.steps.length).toBeGreaterThanOrEqual(150);
  });

  it(`reads at least ${floors.menu * 100}% of typed menu requests as what the person asked for`, () => {
    expect(share(report.menu)).toBeGreaterThanOrEqual(floors.menu);
  });

  it(`tells at least ${floors.steps * 100}% of messages typed in a step apart: answer, question or command`, () => {
    expect(share(report.steps)).toBeGreaterThanOrEqual(floors.steps);
  });

  it(`reads at least ${floors.yesNo * 100}% of replies to yes/no questions right`, () => {
    expect(share(report.yesNo)).toBeGreaterThanOrEqual(floors.yesNo);
  });
});
