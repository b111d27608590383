import type { StepExpectation } from '../../dialogs/types';
import type { FaqMatcher } from './matcher';
import type { FaqMatch } from './types';
import { normaliseText } from '../language/normalise';

export type { StepExpectation };

// How a message opens when it asks rather than tells. Checked on normalised text (apostrophes closed up: "whats").
const QUESTION_OPENINGS =
  /^(?:(?:wait|hang on|sorry|ok|okay|so|um|hmm)\s+)*(?:what|whats|why|how|who|whos|where|which|when|is it true|tell me about|tell me more about|explain|can you explain|could you explain|do you know|does|do|is|are|can|could|should|define|whats the)\b/;

export function readsAsQuestion(text: string): boolean {
  return text.includes('?') || QUESTION_OPENINGS.test(normaliseText(text));
}

/**
 * THE one place that decides whether a message is a question for the FAQ or an answer to the current step.
 * At a menu or an idle moment any non-command text is a question candidate. Inside a step that wants text or a
 * rating, a message is a question only when it reads as one AND the FAQ has an answer or a clarification for it,
 * so "I felt ashamed" or "7" always reach the step.
 */
export function classifyMessage(
  text: string,
  expects: StepExpectation,
  matcher: FaqMatcher,
): { kind: 'question'; match: FaqMatch } | { kind: 'answer' } {
  const normalised = normaliseText(text);
  if (normalised === '') return { kind: 'answer' };
  if (expects === 'choice' || expects === 'none') return { kind: 'question', match: matcher.match(text) };
  if (!readsAsQuestion(text)) return { kind: 'answer' };
  const match = matcher.match(text);
  return match.kind === 'none' ? { kind: 'answer' } : { kind: 'question', match };
}
