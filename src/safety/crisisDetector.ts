import { CRISIS_CATEGORIES, type CrisisCategory } from './crisisCategory';
import { CHILD_RULES, CRISIS_RULES, HARM_TO_OTHERS_RULES, IDIOM_GUARDS, OBLIQUE_RULES, SELF_PUNISHMENT_RULES, type CrisisRule } from './crisisRules';
import { isPlainlyDenied } from './negation';
import { normalise } from './normalise';

export type { CrisisCategory } from './crisisCategory';

export interface CrisisAssessment {
  crisis: boolean;
  categories: CrisisCategory[];
  /** Found only by rules that ask first (venting or intent?): a check-in, not full support. */
  askFirst: CrisisCategory[];
}

interface Span {
  start: number;
  end: number;
}

export interface CrisisDetectorOptions {
  rules?: CrisisRule[];
  idioms?: RegExp[];
}

const spansOf = (pattern: RegExp, text: string): Span[] =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Checks a message for crisis language. Pure and synchronous so it can run first on every message.
 * Quoted and third-party disclosures ("my friend said 'I want to die'") count as crises on purpose:
 * the person writing still needs the helplines.
 */
export class CrisisDetector {
  private readonly rules: CrisisRule[];
  private readonly idioms: RegExp[];

  constructor(options: CrisisDetectorOptions = {}) {
    this.rules = options.rules ?? [...CRISIS_RULES, ...OBLIQUE_RULES, ...HARM_TO_OTHERS_RULES, ...CHILD_RULES, ...SELF_PUNISHMENT_RULES];
    this.idioms = options.idioms ?? IDIOM_GUARDS;
  }

  assess(text: string): CrisisAssessment {
    const normalised = normalise(text);
    const found = new Set<CrisisCategory>();
    // Most messages match no rule: a cheap search() rules a pattern out before any spans or idioms are worked out.
    let idiomSpans: Span[] | undefined;
    const isLive = (pattern: RegExp): boolean => {
      if (normalised.search(pattern) === -1) return false;
      idiomSpans ??= this.idioms.flatMap((idiom) => spansOf(idiom, normalised));
      const idioms = idiomSpans;
      return spansOf(pattern, normalised).some(
        (span) => !idioms.some((idiom) => overlaps(span, idiom)) && !isPlainlyDenied(normalised, span.start, span.end),
      );
    };
    const asked = new Set<CrisisCategory>();
    for (const { category, pattern, alsoNeeds, askFirst } of this.rules) {
      if (found.has(category) || (askFirst && asked.has(category))) continue;
      if (isLive(pattern) && (!alsoNeeds || isLive(alsoNeeds))) (askFirst ? asked : found).add(category);
    }
    const categories = CRISIS_CATEGORIES.filter((c) => found.has(c));
    return { crisis: categories.length > 0, categories, askFirst: CRISIS_CATEGORIES.filter((c) => asked.has(c) && !found.has(c)) };
  }
}
