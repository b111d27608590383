// Safety eval: `npm run eval:safety -- [folder] [--summary]`. Per kind of harm: full support, check-in, missed; for the
// look-alikes: full alarms and check-ins; each crisis message is also tried at the end of a 5,000-character story.
// --summary prints the figures only (for a held-out set, whose lines are never read while tuning).
import { resolve } from 'node:path';
import { createUnderstanding } from '../src/understanding/createUnderstanding';
import { caughtShare, evaluateSafety, loadSafetySet, TARGETS, type Outcome } from '../test/safety-eval/evaluate';

const args = process.argv.slice(2);
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'test/safety-eval/fresh-5');
const { safety } = createUnderstanding();
const report = evaluateSafety(safety, loadSafetySet(folder));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (name: string, o: Outcome) =>
  `| ${name} | ${o.total} | ${o.full} | ${o.checkIn} | ${o.missed} | ${pct(caughtShare(o))} |`;

console.log(`Safety eval on ${folder}\n`);
console.log('| kind | messages | full support | check-in | missed | caught |\n|---|---|---|---|---|---|');
for (const [kind, outcome] of Object.entries(report.byKind)) console.log(row(kind, outcome));
console.log(row('all crisis messages', report.crisis));
console.log(row('the same, at the end of 5,000 characters', report.buried));
const { benign } = report;
console.log(`\nLook-alikes: ${benign.total}; full crisis reply ${benign.full} (${pct(benign.full / Math.max(1, benign.total))}, at most ${pct(TARGETS.fullAlarms)}); check-in ${benign.checkIn} (${pct(benign.checkIn / Math.max(1, benign.total))}, at most ${pct(TARGETS.checkIns)})`);
console.log('\n| look-alike type | messages | full alarm | check-in |\n|---|---|---|---|');
for (const [type, outcome] of Object.entries(benign.total ? report.benignByType : {})) console.log(`| ${type} | ${outcome.total} | ${outcome.full} | ${outcome.checkIn} |`);
if (!args.includes('--summary')) {
  console.log(`\nMissed (${report.misses.length}):`);
  for (const miss of report.misses) console.log(`- ${miss}`);
  console.log(`\nLook-alikes alarmed (${report.alarms.length}):`);
  for (const alarm of report.alarms) console.log(`- ${alarm}`);
}
