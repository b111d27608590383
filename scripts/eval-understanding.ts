// Evaluates understanding on an eval folder: `npm run eval:understanding -- [folder] [--summary] [--unseen]`.
// Menu intents, step answers against questions and commands, and yes/no replies, for the classifier in use (NLP.js)
// and for the alternatives it was compared with; every miss of the one in use unless --summary (which a held-out set is
// run with, so its lines are never read while tuning).
import { resolve } from 'node:path';
import { FaqAnswerer } from '../src/faq/faqAnswerer';
import { loadIntentCorpus } from '../src/language/intentCorpus';
import { IntentReader, type ClassifierFactory } from '../src/language/intentReader';
import { NlpjsClassifier } from '../src/language/nlpjsClassifier';
import { plainText } from '../src/language/normalise';
import { createUnderstanding } from '../src/understanding/createUnderstanding';
import { Interpreter } from '../src/understanding/interpreter';
import { BlendedClassifier } from '../test/understanding-eval/blendedClassifier';
import { evaluateUnderstanding, loadUnderstandingSet, type Score } from '../test/understanding-eval/evaluate';
import { NearestExamples } from '../src/language/nearestExamples';

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const folder = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'test/understanding-eval/fresh-1');
// --unseen leaves out eval lines that are also corpus lines word for word (mostly one- to three-word commands such as
// "help" that everyone types the same way), so the figures show what the classifier does with words it never saw.
const loaded = loadUnderstandingSet(folder);
const inCorpus = new Set(Object.values(loadIntentCorpus().intents).flat().map((line) => plainText(line)));
const unseen = ({ text }: { text: string }) => !inCorpus.has(plainText(text));
const set = args.includes('--unseen') ? { ...loaded, menu: loaded.menu.filter(unseen), steps: loaded.steps.filter(unseen) } : loaded;
const started = process.hrtime.bigint();
const inUse = createUnderstanding();
const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
const pct = (s: Score) => `${((100 * s.right) / Math.max(1, s.total)).toFixed(1)}% (${s.right}/${s.total})`;

const alternatives: Array<[string, ClassifierFactory]> = [
  ['nearest corpus line alone (IDF cosine)', (corpus) => new NearestExamples(corpus)],
  ['NLP.js and nearest line, averaged', (corpus) => new BlendedClassifier([new NlpjsClassifier(corpus), new NearestExamples(corpus)])],
];

console.log(`Understanding eval on ${folder} (models ready in ${readyMs.toFixed(0)} ms)\n`);
console.log('| classifier | menu intents | step: answer, question or command | yes / no / unclear |\n|---|---|---|---|');
const report = evaluateUnderstanding(set, inUse.interpreter, inUse.language);
console.log(`| NLP.js neural, nearest corpus line as second opinion (in use) | ${pct(report.menu)} | ${pct(report.steps)} | ${pct(report.yesNo)} |`);
for (const [name, factory] of alternatives) {
  const language = new IntentReader(loadIntentCorpus(), factory);
  const other = evaluateUnderstanding(set, new Interpreter(inUse.safety, new FaqAnswerer(inUse.faq), language), language);
  console.log(`| ${name} | ${pct(other.menu)} | ${pct(other.steps)} | ${pct(other.yesNo)} |`);
}
if (report.menu.clarified) console.log(`\n(in use) ${report.menu.clarified} more menu requests for a person were met with "did you want someone to contact you?"`);
console.log('\nPer label (in use):');
for (const [label, score] of Object.entries(report.byIntent).sort()) console.log(`- ${label}: ${pct(score)}`);
if (!summaryOnly) {
  console.log('\nMisses (in use):');
  for (const miss of report.misses) console.log(`- [${miss.where}] "${miss.text}": expected ${miss.expected}, got ${miss.got}`);
}
