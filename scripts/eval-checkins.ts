// Check-ins eval: `npm run eval:checkins -- [folder] [--summary]`: how "How did it go?" answers are read, whether
// "stop check-ins" is heard (and its look-alikes are not), and whether a time is read from "When might you try it?".
import { resolve } from 'node:path';
import { createUnderstanding } from '../src/understanding/createUnderstanding';
import { evaluateGoalChecks, loadGoalCheckSet } from '../test/goalChecks-eval/evaluate';

const args = process.argv.slice(2);
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'test/goalChecks-eval/fresh-1');
const { language, interpreter } = createUnderstanding();
const menu = { step: 'menu', key: 'menu.prompt', expects: 'choice' as const, choices: ['reframe.start', 'cmd.faq', 'cmd.human'] };
const report = evaluateGoalChecks(loadGoalCheckSet(folder), language, interpreter, menu);
const pct = (right: number, total: number) => `${((100 * right) / Math.max(1, total)).toFixed(1)}% (${right}/${total})`;

console.log(`Check-ins eval on ${folder}\n`);
console.log('| how it went | stop check-ins | a time named |\n|---|---|---|');
console.log(`| ${pct(report.progress.right, report.progress.total)} | ${pct(report.stop.right, report.stop.total)} | ${pct(report.when.right, report.when.total)} |`);
if (!args.includes('--summary')) {
  for (const [name, part] of Object.entries(report)) {
    console.log(`\nMisses, ${name} (${part.misses.length}):`);
    for (const miss of part.misses) console.log(`- ${miss}`);
  }
}
