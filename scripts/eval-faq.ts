// Evaluates the FAQ matcher on an eval folder: `npx tsx scripts/eval-faq.ts [folder]` (npm run eval:faq).
// The folder defaults to test/faq-eval (the tuned set); `npx tsx scripts/eval-faq.ts test/faq-eval/fresh` runs the held-out-style one.
import { loadFaq } from '../src/faq/content';
import { FaqMatcher, DEFAULT_FAQ_OPTIONS } from '../src/faq/matcher';
import { FuseOnlyMatcher } from '../src/faq/fuseOnlyMatcher';
import { resolve } from 'path';
import { evaluate, EVAL_FOLDERS, loadEvalSet, type EvalReport } from '../test/faq-eval/evaluate';
import { tune } from '../test/faq-eval/tune';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function summary(name: string, report: EvalReport): string {
  return (
    `| ${name} | ${pct(report.top1Accuracy)} | ${pct(report.outOfScopeRejection)} | ${pct(report.clarificationRate)} | ` +
    `${pct(report.clarifyWithRight)} | ${report.misses.length} |`
  );
}

const entries = loadFaq();
const matcher = new FaqMatcher(entries, DEFAULT_FAQ_OPTIONS);
const folder = resolve(process.argv[2] ?? EVAL_FOLDERS.tuned);
const set = loadEvalSet(folder);
const report = evaluate((text) => matcher.match(text), set.inScope, set.outOfScope);
const fuseOnly = new FuseOnlyMatcher(entries, DEFAULT_FAQ_OPTIONS);
const fuseTuned = tune((text) => fuseOnly.rank(text), set);
const combinedTuned = tune((text) => matcher.rank(text), set);

console.log(`FAQ eval on ${folder}: ${report.inScope} in-scope paraphrases over ${entries.length} entries, ${report.outOfScope} out-of-scope questions`);
console.log(`Options in use: threshold ${DEFAULT_FAQ_OPTIONS.threshold}, margin ${DEFAULT_FAQ_OPTIONS.margin}\n`);
console.log('| matcher | top-1 | out-of-scope rejection | clarification rate | clarified with right entry (in-scope) | misses |');
console.log('|---|---|---|---|---|---|');
console.log(summary(`combined (in use, t=${DEFAULT_FAQ_OPTIONS.threshold} m=${DEFAULT_FAQ_OPTIONS.margin})`, report));
console.log(summary(`combined, best grid (t=${combinedTuned.options.threshold} m=${combinedTuned.options.margin})`, combinedTuned.report));
console.log(summary(`fuse.js alone, best grid (t=${fuseTuned.options.threshold} m=${fuseTuned.options.margin})`, fuseTuned.report));
console.log('\nMisses (combined, in use):');
for (const miss of report.misses) console.log(`- [${miss.expected ?? 'out of scope'}] "${miss.text}" -> ${miss.got}`);
console.log(`\nTop-1 ${pct(report.top1Accuracy)} (target 95%), out-of-scope rejection ${pct(report.outOfScopeRejection)} (target 95%)`);
