import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CrisisDetector } from '../../src/safety/crisisDetector';
import { evaluateSafety, FALSE_ALARM_BUDGET, formatSafetyReport, parseEvalSet } from '../../src/safety/evaluation';

const evalRoot = join(__dirname, '..', 'safety-eval');

interface EvalSet {
  name: string;
  crisis: string[];
  benign: string[];
}

/** The root folder and every sub-folder (fresh-1, fresh-2, ...) that holds crisis.txt and benign.txt. */
function evalSets(): EvalSet[] {
  const dirs = [evalRoot, ...readdirSync(evalRoot).map((d) => join(evalRoot, d)).filter((d) => statSync(d).isDirectory())];
  return dirs.map((dir) => ({
    name: relative(evalRoot, dir) || 'root',
    crisis: parseEvalSet(readFileSync(join(dir, 'crisis.txt'), 'utf8')),
    benign: parseEvalSet(readFileSync(join(dir, 'benign.txt'), 'utf8')),
  }));
}

const detector = new CrisisDetector();
const sets = evalSets();
const combined: EvalSet = { name: 'combined', crisis: sets.flatMap((s) => s.crisis), benign: sets.flatMap((s) => s.benign) };

describe('safety eval sets', () => {
  it('include the root set and the four fresh held-out-style sets', () => {
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(['root', 'fresh-1', 'fresh-2', 'fresh-3', 'fresh-4']));
  });

  describe.each([...sets, combined])('$name', ({ name, crisis, benign }) => {
    const result = evaluateSafety(detector, crisis, benign);

    it('holds at least 80 crisis phrasings and 60 benign look-alikes', () => {
      expect(crisis.length).toBeGreaterThanOrEqual(80);
      expect(benign.length).toBeGreaterThanOrEqual(60);
    });

    it('flags every crisis phrasing (100% recall)', () => {
      expect({ name, misses: result.misses }).toEqual({ name, misses: [] });
      expect(result.recall).toBe(1);
    });

    it('keeps false alarms within the 2% budget', () => {
      expect(result.falseAlarmRate).toBeLessThanOrEqual(FALSE_ALARM_BUDGET);
    });
  });

  it('reports the figures and every miss and false alarm', () => {
    const result = evaluateSafety(detector, combined.crisis, combined.benign);
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
