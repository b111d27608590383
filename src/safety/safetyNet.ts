import type { TextClassifier } from '../language/classifier';
import { namesTime } from '../language/namesTime';
import { plainWords } from '../language/normalise';
import { passagesOf, windowsOf } from '../language/sentences';
import type { RiskReading, SafetyCheck } from '../understanding/interpreter';
import type { CrisisCategory } from './crisisCategory';
import type { CrisisDetector } from './crisisDetector';
import { isHarmKind, mostUrgent, type HarmKind } from './harmKind';
import { isAtADistance } from './distance';
import { regionFor, type Region } from './helplines';
import type { RiskWords } from './riskWords';
import type { SafetyLabel } from './safetyCorpus';

const KIND_OF: Record<CrisisCategory, HarmKind> = {
  suicide: 'suicidal',
  noReasonToLive: 'suicidal',
  selfHarm: 'selfHarm',
  planOrMeans: 'planOrMeans',
  harmedByOthers: 'harmedByOthers',
  harmToOthers: 'harmToOthers',
  childAtRisk: 'childAtRisk',
};

/**
 * How sure the learned tier (an average of three networks) must be before the person is asked directly: about one of
 * the three being sure. It never gives full support on its own. Chosen on the figures of fresh-5 to fresh-8: from 0.6
 * down to 0.35 it caught nothing more that it had not seen; at 0.3 fresh-8 went from 70.0% to 78.0% caught, for a few
 * more check-ins on look-alikes (the first set's rose from 7.9% to 11.7%). It errs towards asking.
 */
export const POSSIBLE_RISK = 0.3;

/** An answer to "When might you try it?" that names a time in so few words is the time, not a plan. */
const TIME_ANSWER_WORDS = 12;

/**
 * The safety net reads every passage of a message (each sentence, each pair, a short message whole), however long it
 * is. High-precision rules give clear risk, unless the words around tell of the harm at a distance (resolved, fiction,
 * a joke); a classifier trained on every kind of harm and its look-alikes (content/safety-corpus.json) gives a direct
 * check-in where it is fairly sure and the passage holds a word that carries risk. It errs towards asking.
 */
export class SafetyNet implements SafetyCheck {
  constructor(
    private readonly fallback: Region,
    private readonly detector: CrisisDetector,
    private readonly classifier: TextClassifier<SafetyLabel>,
    private readonly kinds: TextClassifier<HarmKind>,
    private readonly riskWords: RiskWords,
    private readonly possible = POSSIBLE_RISK,
  ) {}

  /** `step.asksTime`: the step asks when, so a short time given ("tonight after the kids are in bed") is read by the rules alone. */
  assess(texts: readonly string[], step: { asksTime?: boolean } = {}): RiskReading | undefined {
    const ruled: HarmKind[] = [];
    const asked: HarmKind[] = [];
    const venting: HarmKind[] = [];
    let learned: { kind: HarmKind; score: number } | undefined;
    for (const text of texts) {
      for (const window of windowsOf(text)) {
        const { categories, askFirst } = this.detector.assess(window.text);
        if (categories.length === 0 && askFirst.length === 0) continue;
        const distant = isAtADistance(window.around);
        (distant ? asked : ruled).push(...categories.map((category) => KIND_OF[category]));
        if (!distant) venting.push(...askFirst.map((category) => KIND_OF[category]));
      }
      for (const passage of passagesOf(text)) {
        if (!this.riskWords.in(passage.text) || (step.asksTime && isTimeGiven(passage.text))) continue;
        // Harm against look-alikes from one model; which kind of harm from another that knows only the kinds.
        const readings = this.classifier.classify(passage.text).filter((reading): reading is { label: HarmKind; score: number } => isHarmKind(reading.label));
        const harm = readings.reduce((sum, { score }) => sum + score, 0);
        if (readings.length === 0 || harm <= (learned?.score ?? 0)) continue;
        const [kind] = this.kinds.classify(passage.text);
        learned = { kind: isHarmKind(kind.label) ? kind.label : readings[0].label, score: harm };
      }
    }
    const rule = mostUrgent(ruled);
    const sure = learned !== undefined && learned.score >= this.possible;
    if (rule) return { tier: 'clear', kind: sure && isMoreSpecific(learned!.kind, rule) ? learned!.kind : rule };
    if (sure) return { tier: 'possible', kind: learned!.kind };
    const vented = mostUrgent(venting);
    if (vented) return { tier: 'possible', kind: vented };
    // Told at a distance, the rules' find is asked about only if the learned tier sees risk in it too.
    const distant = mostUrgent(asked);
    return distant && learned ? { tier: 'possible', kind: distant } : undefined;
  }

  regionFor(locale: string | undefined): string {
    return regionFor(locale, this.fallback);
  }
}

const isTimeGiven = (text: string): boolean => plainWords(text).length <= TIME_ANSWER_WORDS && namesTime(text);

/** The rules do not tell a child at risk from an adult being harmed; the classifier may. */
function isMoreSpecific(learned: HarmKind, ruled: HarmKind): boolean {
  return ruled === 'harmedByOthers' && learned === 'childAtRisk';
}
