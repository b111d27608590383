import { join } from 'node:path';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { evaluateGoalChecks, loadGoalCheckSet } from '../goalChecks-eval/evaluate';

/** Floors just under what the set tuned on scores today (README, "Check-ins"); the held-out set is never run by a test. */
const FLOORS = { progress: 0.74, stop: 0.86, when: 0.95 };

describe('check-ins eval set fresh-1 (scripts/eval-checkins.ts)', () => {
  const { language, interpreter } = createUnderstanding();
  const menu = { step: 'menu', key: 'menu.prompt', expects: 'choice' as const, choices: ['reframe.start', 'cmd.faq', 'cmd.human'] };
  const report = evaluateGoalChecks(loadGoalCheckSet(join(__dirname, '..', 'goalChecks-eval', 'fresh-1')), language, interpreter, menu);

  it.each(Object.entries(FLOORS) as Array<[keyof typeof FLOORS, number]>)('%s: at least %s right', (part, floor) => {
    expect(report[part].total).toBeGreaterThanOrEqual(80);
    expect(report[part].right / report[part].total).toBeGreaterThanOrEqual(floor);
  });
});
