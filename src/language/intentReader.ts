import type { TextClassifier } from './classifier';
import { ExactTable } from './exactTable';
import { NearestExamples } from './nearestExamples';
import type { GoalProgressReading, Intent, IntentCorpus, YesNo } from './intentCorpus';
import { plainWords } from './normalise';

export interface IntentReading {
  intent: Intent | 'None';
  /** 1 for a message found word for word in the corpus, else the classifier's confidence. */
  score: number;
  /** Found word for word in the corpus: as sure as a button. */
  exact: boolean;
  /** The intent of the corpus line most like the message: a second opinion, for where a wrong guess costs most. */
  nearest: Intent | 'None';
}

export type ClassifierFactory = <Label extends string>(corpus: Record<Label, readonly string[]>) => TextClassifier<Label>;

// A reply that opens with a plain yes or no says so, whatever follows ("no, I'm fine", "yes please send it").
const OPENS_YES = new Set(['yes', 'ok', 'sure', 'definitely', 'definately', 'defo', 'deffo', 'absolutely', 'yess', 'ye', 'y', 'yep', 'yup', 'ja', 'oui', 'si']);
// "no problem", "no worries": not a no.
const NOT_A_NO = new Set(['problem', 'worries', 'bother', 'probs', 'prob']);
const OPENS_NO = new Set(['no', 'not', 'never', 'nah', 'na', 'nope', 'naw']);
// "not everything", "not all of it": a part, which is no answer to "Shall I delete everything?".
const NOT_THE_WHOLE = new Set(['everything', 'all', 'quite']);
const HEDGES = new Set(['maybe', 'perhaps', 'dunno', 'unsure', 'idk']);
// Words a reply may open with before it answers ("actually no", "oh yes").
const FILLERS = new Set(['actually', 'um', 'erm', 'er', 'hmm', 'oh', 'well', 'ah', 'uh', 'hm']);
/** Said without a yes or a no: "I'd rather you didn't" is a no; "that would be great", "I suppose" a yes. */
const PLAIN_NO = /\b(?:rather (?:you |they |we )?(?:not|didnt|wouldnt)|never ?mind|hold off|dont bother|leave it)\b/;
const PLAIN_YES = /^(?:(?:that|it|this) (?:would|will|d) (?:be )?(?:great|good|lovely|helpful|nice|brilliant|perfect|amazing|fab|fine|help)|i (?:suppose|guess|think) so|i suppose|i guess)\b/;

/** How the four buttons' words open a reply, longest first. */
const PROGRESS_OPENINGS: Array<[string[], GoalProgressReading]> = [
  [['i', 'didnt', 'try'], 'didntTry'], [['it', 'went', 'well'], 'well'], [['not', 'yet'], 'notYet'], [['partly'], 'partly'],
];

/** Below this, an answer to "How did it go?" is asked again rather than guessed. */
const PROGRESS_CONFIDENCE = 0.5;

/** The language layer's reading of a whole message: which intent, and, for yes/no questions, which answer. */
export class IntentReader {
  private readonly intents: TextClassifier<Intent>;
  private readonly nearest: NearestExamples<Intent>;
  private readonly intentTable: ExactTable<Intent>;
  private readonly replies: TextClassifier<YesNo>;
  private readonly replyTable: ExactTable<YesNo>;
  private readonly progressReplies: TextClassifier<GoalProgressReading>;

  private readonly progressTable: ExactTable<GoalProgressReading>;

  constructor(corpus: IntentCorpus, classifier: ClassifierFactory) {
    this.intents = classifier(corpus.intents);
    this.nearest = new NearestExamples(corpus.intents);
    this.intentTable = new ExactTable(corpus.intents);
    this.replies = classifier(corpus.yesNo);
    this.replyTable = new ExactTable(corpus.yesNo);
    this.progressReplies = classifier(corpus.goalProgress);
    this.progressTable = new ExactTable(corpus.goalProgress);
  }

  /** How trying a goal went ("kinda", "didn't get round to it"); anything the classifier is not sure of is unclear, and asked again. */
  progress(text: string): GoalProgressReading {
    const exact = this.progressTable.lookup(text);
    if (exact) return exact;
    // A reply that opens with a button's words says so, whatever follows ("not yet tbh", "partly, yeah").
    const words = plainWords(text);
    const opening = PROGRESS_OPENINGS.find(([start]) => start.every((word, index) => words[index] === word));
    if (opening) return opening[1];
    const [best] = this.progressReplies.classify(text);
    return best.label !== 'None' && best.score >= PROGRESS_CONFIDENCE ? best.label : 'unclear';
  }

  read(text: string): IntentReading {
    const exact = this.intentTable.lookup(text);
    if (exact) return { intent: exact, score: 1, exact: true, nearest: exact };
    const [best] = this.intents.classify(text);
    return { intent: best.label, score: best.score, exact: false, nearest: this.nearest.classify(text)[0].label };
  }

  /** A reply to a yes/no question. Anything short of a clear yes or no is unclear: the caller asks again, or errs towards care. */
  yesNo(text: string): YesNo {
    const exact = this.replyTable.lookup(text);
    if (exact) return exact;
    const all = plainWords(text);
    if (all.some((word) => HEDGES.has(word))) return 'unclear';
    const start = all.findIndex((word) => !FILLERS.has(word));
    const words = start === -1 ? [] : all.slice(start);
    const said = words.join(' ');
    if (PLAIN_NO.test(said)) return 'no';
    // "yes but…" is a yes with a condition: not clear enough to act on.
    if (words[0] !== undefined && OPENS_YES.has(words[0])) return words.includes('but') ? 'unclear' : 'yes';
    if (words[0] !== undefined && OPENS_NO.has(words[0]) && words[1] !== 'sure' && !NOT_A_NO.has(words[1] ?? '')) {
      return words[0] === 'not' && NOT_THE_WHOLE.has(words[1] ?? '') ? 'unclear' : 'no';
    }
    if (PLAIN_YES.test(said) && !said.includes('but')) return 'yes';
    // A question back ("will I lose my progress?") is not an answer yet.
    if (text.includes('?')) return 'unclear';
    const [best] = this.replies.classify(text);
    return best.label !== 'None' && best.score >= 0.75 ? best.label : 'unclear';
  }
}
