/**
 * Runs the crisis detector over the safety eval sets and prints recall, false-alarm rate,
 * and every miss and false alarm. Usage: npx tsx scripts/eval-safety.ts [dir-with-crisis.txt-and-benign.txt]
 * Exits non-zero when the targets are not met.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CrisisDetector } from '../src/safety/crisisDetector';
import { evaluateSafety, formatSafetyReport, meetsTargets, parseEvalSet } from '../src/safety/evaluation';

const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'test', 'safety-eval'));
const read = (name: string): string[] => parseEvalSet(readFileSync(join(dir, name), 'utf8'));

const result = evaluateSafety(new CrisisDetector(), read('crisis.txt'), read('benign.txt'));
console.log(formatSafetyReport(result));
process.exitCode = meetsTargets(result) ? 0 : 1;
