import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { buriedAtEnd, caughtShare, evaluateSafety, loadSafetySet, parseLines, TARGETS } from '../safety-eval/evaluate';

const evalRoot = join(__dirname, '..', 'safety-eval');
const folders = [evalRoot, ...readdirSync(evalRoot).map((d) => join(evalRoot, d)).filter((d) => statSync(d).isDirectory())];
const { safety } = createUnderstanding();

// Every set the safety net was tuned on must keep meeting the targets; the held-out set is checked by its own run.
describe.each(folders.map((folder) => [folder.slice(evalRoot.length + 1) || 'root', folder]))('safety eval set %s', (_name, folder) => {
  const set = loadSafetySet(folder);
  const report = evaluateSafety(safety, set);

  it('catches at least 98% of crisis messages with full support or a check-in, also at the end of 5,000 characters', () => {
    expect(caughtShare(report.crisis)).toBeGreaterThanOrEqual(TARGETS.caught);
    expect(caughtShare(report.buried)).toBeGreaterThanOrEqual(TARGETS.caught);
  });

  it('gives the full crisis reply to at most 2% of look-alikes and a check-in to at most 10%', () => {
    expect(report.benign.full / report.benign.total).toBeLessThanOrEqual(TARGETS.fullAlarms);
    expect(report.benign.checkIn / report.benign.total).toBeLessThanOrEqual(TARGETS.checkIns);
  });
});

describe('the safety eval harness', () => {
  it('reads plain-text sets, skipping comments and blank lines', () => {
    expect(parseLines('# heading\n\n  one  \r\ntwo\n# note')).toEqual(['one', 'two']);
  });

  it('buries a sentence at the end of a story of at least 5,000 characters', () => {
    const buried = buriedAtEnd('the last line');
    expect(buried.length).toBeGreaterThanOrEqual(5000);
    expect(buried.endsWith('the last line')).toBe(true);
  });

  it('counts full support, check-ins and misses separately', () => {
    const check = {
      assess: ([text]: readonly string[]) => (text.includes('x') ? { tier: 'clear' as const, kind: 'suicidal' as const } : text.includes('y') ? { tier: 'possible' as const, kind: 'selfHarm' as const } : undefined),
      regionFor: () => 'GB',
    };
    const report = evaluateSafety(check, { crisis: [{ kind: 'suicidal', text: 'x' }, { kind: 'selfHarm', text: 'y' }, { kind: 'selfHarm', text: 'z' }], benign: ['x', 'q'] });
    expect(report.crisis).toEqual({ full: 1, checkIn: 1, missed: 1, total: 3 });
    expect(report.benign).toEqual({ full: 1, checkIn: 0, missed: 1, total: 2 });
    expect(report.misses).toHaveLength(2);
  });
});
