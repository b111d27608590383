import { join } from 'node:path';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { evaluateUnderstanding, loadUnderstandingSet, type Score } from '../understanding-eval/evaluate';

/**
 * Floors just under what the tuned set scores today (README, "Understanding what people type"), so a change that makes
 * understanding worse fails here. The targets (95% at the menu and in the steps) are not yet met; the README
 * says so. The held-out set is never run by a test.
 */
const FLOORS = { menu: 0.93, steps: 0.86, yesNo: 0.97 };
const share = (score: Score) => score.right / score.total;

describe('understanding eval set fresh-1 (scripts/eval-understanding.ts)', () => {
  const { interpreter, language } = createUnderstanding();
  const set = loadUnderstandingSet(join(__dirname, '..', 'understanding-eval', 'fresh-1'));
  const report = evaluateUnderstanding(set, interpreter, language);

  it('is big enough to mean something', () => {
    expect(set.menu.length).toBeGreaterThanOrEqual(200);
    expect(set.steps.length).toBeGreaterThanOrEqual(150);
  });

  it(`reads at least ${FLOORS.menu * 100}% of typed menu requests as what the person asked for`, () => {
    expect(share(report.menu)).toBeGreaterThanOrEqual(FLOORS.menu);
  });

  it(`tells at least ${FLOORS.steps * 100}% of messages typed in a step apart: answer, question or command`, () => {
    expect(share(report.steps)).toBeGreaterThanOrEqual(FLOORS.steps);
  });

  it(`reads at least ${FLOORS.yesNo * 100}% of replies to yes/no questions right`, () => {
    expect(share(report.yesNo)).toBeGreaterThanOrEqual(FLOORS.yesNo);
  });
});
