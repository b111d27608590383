import offTopicQuestions from '../../content/faq-off-topic.json';
import { loadFaq } from '../faq/content';
import { FaqAnswerer } from '../faq/faqAnswerer';
import { DEFAULT_FAQ_OPTIONS, FaqMatcher } from '../faq/matcher';
import type { FaqEntry, FaqOptions } from '../faq/types';
import type { TextClassifier } from '../language/classifier';
import { loadIntentCorpus, type IntentCorpus } from '../language/intentCorpus';
import { IntentReader } from '../language/intentReader';
import { FileModelCache } from '../language/modelCache';
import { NlpjsClassifier } from '../language/nlpjsClassifier';
import { EnsembleClassifier } from '../language/ensembleClassifier';
import { CrisisDetector } from '../safety/crisisDetector';
import { HARM_KINDS, type HarmKind } from '../safety/harmKind';
import { DEFAULT_REGION, type Region } from '../safety/helplines';
import { RiskWords } from '../safety/riskWords';
import { loadSafetyCorpus, type SafetyLabel } from '../safety/safetyCorpus';
import { SafetyNet } from '../safety/safetyNet';
import { Interpreter, type FaqObserver } from './interpreter';

export interface Understanding {
  interpreter: Interpreter;
  language: IntentReader;
  safety: SafetyNet;
  faq: FaqMatcher;
}

interface Trained {
  faq: readonly FaqEntry[];
  language: IntentReader;
  faqRanker: TextClassifier;
  harm: TextClassifier<SafetyLabel>;
  kinds: TextClassifier<HarmKind>;
  riskWords: RiskWords;
}

/**
 * The safety tier is an average of this many networks, each shown the corpus in its own order: one alone swung by ten
 * points and more on fresh sets when a few lines were added to any corpus (the intents are its look-alikes too).
 */
const SAFETY_NETWORKS = 3;

// The corpora are fixed content: a process trains (or loads) once, however many cores it builds.
let trained: Trained | undefined;

function train(): Trained {
  if (trained) return trained;
  const cache = new FileModelCache();
  const faq = loadFaq();
  const intents = loadIntentCorpus();
  const harm = loadSafetyCorpus();
  const phrasings = faq.flatMap((entry) => [entry.question, ...entry.alternates]);
  // Everything people ordinarily say to the bot is a look-alike too: without it, a name or "please call after 5pm"
  // shares more words with the harm examples than with the few hundred written look-alikes.
  // Step answers are left out: written to hold command words, many are hard feelings that blur the line the safety
  // classifier has to draw (fresh-5: 85.5% caught without them, 82.6% with). So are the requests to stop check-ins
  // (a section of their own): "I don't want any more", "no more of these" is how despair is said too (fresh-5: 91.9%
  // caught without them, 84.9% with).
  const everyday = [...(Object.entries(intents.intents) as Array<[string, readonly string[]]>).filter(([intent]) => intent !== 'answer').flatMap(([, lines]) => lines), ...phrasings];
  trained = {
    faq,
    language: new IntentReader(intents, (corpus) => new NlpjsClassifier(corpus, { cache })),
    faqRanker: faqRanker(faq, intents, cache),
    harm: new EnsembleClassifier(Array.from({ length: SAFETY_NETWORKS }, (_, index) => new NlpjsClassifier({ ...harm, benign: [...harm.benign, ...everyday] }, { pairs: true, cache, seed: index + 1 }))),
    kinds: new NlpjsClassifier(Object.fromEntries(HARM_KINDS.map((kind) => [kind, harm[kind]])) as Record<HarmKind, string[]>, { pairs: true, cache }),
    riskWords: new RiskWords(HARM_KINDS.flatMap((kind) => harm[kind]), [...harm.benign, ...everyday]),
  };
  return trained;
}

/** Reads a question as one of the FAQ's entries, or as chat, stories and questions the article does not answer. */
function faqRanker(faq: readonly FaqEntry[], intents: IntentCorpus, cache: FileModelCache): TextClassifier {
  const notTheArticle = [...offTopicQuestions.questions, ...intents.intents.none, ...intents.intents.story, ...intents.intents.help, ...intents.intents.human];
  return new NlpjsClassifier({ ...Object.fromEntries(faq.map((entry) => [entry.id, [entry.question, ...entry.alternates]])), notTheArticle }, { cache });
}

/** The language layer and everything that reads through it, trained from content/: what the core and the evals run. */
export function createUnderstanding(region: Region = DEFAULT_REGION, faqOptions: FaqOptions = DEFAULT_FAQ_OPTIONS, faqObserver?: FaqObserver): Understanding {
  const { faq, language, faqRanker: ranker, harm, kinds, riskWords } = train();
  const safety = new SafetyNet(region, new CrisisDetector(), harm, kinds, riskWords);
  const matcher = new FaqMatcher(faq, faqOptions, ranker);
  const interpreter = new Interpreter(safety, new FaqAnswerer(matcher), language, faqObserver);
  return { interpreter, language, safety, faq: matcher };
}
