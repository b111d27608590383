import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrisisDetector } from '../../src/safety/crisisDetector';
import { evaluateSafety, FALSE_ALARM_BUDGET, formatSafetyReport, parseEvalSet } from '../../src/safety/evaluation';

const evalDir = join(__dirname, '..', 'safety-eval');
const crisis = parseEvalSet(readFileSync(join(evalDir, 'crisis.txt'), 'utf8'));
const benign = parseEvalSet(readFileSync(join(evalDir, 'benign.txt'), 'utf8'));

describe('safety eval sets', () => {
  const result = evaluateSafety(new CrisisDetector(), crisis, benign);

  it('hold at least 80 crisis phrasings and 60 benign look-alikes', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(80);
    expect(benign.length).toBeGreaterThanOrEqual(60);
  });

  it('flags every crisis phrasing (100% recall)', () => {
    expect(result.misses).toEqual([]);
    expect(result.recall).toBe(1);
  });

  it('keeps false alarms within the 2% budget', () => {
    expect(result.falseAlarmRate).toBeLessThanOrEqual(FALSE_ALARM_BUDGET);
  });

  it('reports the figures and every miss and false alarm', () => {
    const report = formatSafetyReport({ ...result, misses: ['missed line'], falseAlarms: ['false alarm line'] });
    expect(report).toMatch(/Recall: 100\.0%/);
    expect(report).toMatch(/False-alarm rate: \d+\.\d%/);
    expect(report).toContain('  - missed line');
    expect(report).toContain('  - false alarm line');
  });
});

describe('evaluateSafety', () => {
  it('counts misses and false alarms from the detector it is given', () => {
    const saysCrisisForX = { assess: (t: string) => ({ crisis: t.includes('x'), categories: [] }) };
    const result = evaluateSafety(saysCrisisForX, ['x1', 'y1'], ['x2', 'y2', 'y3', 'y4']);
    expect(result.recall).toBe(0.5);
    expect(result.misses).toEqual(['y1']);
    expect(result.falseAlarmRate).toBe(0.25);
    expect(result.falseAlarms).toEqual(['x2']);
  });

  it('ignores comments and blank lines in eval files', () => {
    expect(parseEvalSet('# heading\n\n  one  \r\ntwo\n# note')).toEqual(['one', 'two']);
  });
});
