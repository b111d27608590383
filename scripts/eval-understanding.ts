// Evaluates understanding on an eval folder: `npm run eval:understanding -- [folder] [--summary]`.
// Menu intents, step answers against questions and commands, and yes/no replies, with every miss unless --summary
// (which a held-out set is run with, so its lines are never read while tuning).
import { resolve } from 'node:path';
import { createUnderstanding } from '../src/understanding/createUnderstanding';
import { evaluateUnderstanding, loadUnderstandingSet, type Score } from '../test/understanding-eval/evaluate';

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'test/understanding-eval/fresh-1');
const started = process.hrtime.bigint();
const { interpreter, language } = createUnderstanding();
const trainedMs = Number(process.hrtime.bigint() - started) / 1e6;
const report = evaluateUnderstanding(loadUnderstandingSet(folder), interpreter, language);
const pct = (s: Score) => `${((100 * s.right) / Math.max(1, s.total)).toFixed(1)}% (${s.right}/${s.total})`;

console.log(`Understanding eval on ${folder} (built and trained in ${trainedMs.toFixed(0)} ms)`);
console.log(`| set | right |\n|---|---|`);
console.log(`| menu intents | ${pct(report.menu)}${report.menu.clarified ? `, +${report.menu.clarified} asked "did you want someone to contact you?"` : ''} |`);
console.log(`| step: answer, question or command | ${pct(report.steps)} |`);
console.log(`| yes / no / unclear | ${pct(report.yesNo)} |`);
console.log('\nPer label:');
for (const [label, score] of Object.entries(report.byIntent).sort()) console.log(`- ${label}: ${pct(score)}`);
if (!summaryOnly) {
  console.log('\nMisses:');
  for (const miss of report.misses) console.log(`- [${miss.where}] "${miss.text}": expected ${miss.expected}, got ${miss.got}`);
}
