// Evaluates the FAQ matcher on an eval folder: `npx tsx scripts/eval-faq.ts [folder]` (npm run eval:faq).
// The folder defaults to test/faq-eval (the tuned set); `npx tsx scripts/eval-faq.ts test/faq-eval/fresh` runs the held-out-style one.
import { loadFaq } from '../src/faq/content';
import { createUnderstanding } from '../src/understanding/createUnderstanding';
import { FaqMatcher, DEFAULT_FAQ_OPTIONS } from '../src/faq/matcher';
import { FuseOnlyMatcher } from './fuseOnlyMatcher';
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
// In use: the token index with the NLP.js ranker blended in. Beside it, the token index alone and fuse.js alone.
const matcher = createUnderstanding().faq;
const indexOnly = new FaqMatcher(entries, DEFAULT_FAQ_OPTIONS);
// --summary prints the figures only: a held-out set is run so, and its lines are never read while tuning.
const summaryOnly = process.argv.includes('--summary');
const folder = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? EVAL_FOLDERS.tuned);
const set = loadEvalSet(folder);
const report = evaluate((text) => matcher.match(text), set.inScope, set.outOfScope);
const fuseOnly = new FuseOnlyMatcher(entries, DEFAULT_FAQ_OPTIONS);
const fuseTuned = tune((text) => fuseOnly.rank(text), set);
const combinedTuned = tune((text) => matcher.rank(text), set);
const indexOnlyReport = evaluate((text) => indexOnly.match(text), set.inScope, set.outOfScope);

console.log(`FAQ eval on ${folder}: ${report.inScope} in-scope paraphrases over ${entries.length} entries, ${report.outOfScope} out-of-scope questions`);
console.log(`Options in use: threshold ${DEFAULT_FAQ_OPTIONS.threshold}, margin ${DEFAULT_FAQ_OPTIONS.margin}\n`);
console.log('| matcher | top-1 | out-of-scope rejection | clarification rate | clarified with right entry (in-scope) | misses |');
console.log('|---|---|---|---|---|---|');
console.log(summary(`combined (in use, t=${DEFAULT_FAQ_OPTIONS.threshold} m=${DEFAULT_FAQ_OPTIONS.margin})`, report));
console.log(summary(`combined, best grid (t=${combinedTuned.options.threshold} m=${combinedTuned.options.margin})`, combinedTuned.report));
console.log(summary(`token index alone, no ranker (t=${DEFAULT_FAQ_OPTIONS.threshold} m=${DEFAULT_FAQ_OPTIONS.margin})`, indexOnlyReport));
console.log(summary(`fuse.js alone, best grid (t=${fuseTuned.options.threshold} m=${fuseTuned.options.margin})`, fuseTuned.report));
console.log('\nTop-1 per section of the article (combined, in use):');
const sectionOf = new Map(entries.map((entry) => [entry.id, entry.section]));
const missed = new Map<string, number>();
for (const miss of report.misses) if (miss.expected) missed.set(sectionOf.get(miss.expected)!, (missed.get(sectionOf.get(miss.expected)!) ?? 0) + 1);
const asked = new Map<string, number>();
for (const { id } of set.inScope) asked.set(sectionOf.get(id)!, (asked.get(sectionOf.get(id)!) ?? 0) + 1);
for (const [section, total] of asked) console.log(`- ${section}: ${pct((total - (missed.get(section) ?? 0)) / total)} of ${total}`);
if (!summaryOnly) {
  console.log('\nMisses (combined, in use):');
  for (const miss of report.misses) console.log(`- [${miss.expected ?? 'out of scope'}] "${miss.text}" -> ${miss.got}`);
}
console.log(`\nTop-1 ${pct(report.top1Accuracy)} (target 92%), out-of-scope rejection ${pct(report.outOfScopeRejection)} (target 95%)`);
