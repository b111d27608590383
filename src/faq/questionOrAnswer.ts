import type { StepExpectation } from '../../dialogs/types';
import type { FaqMatcher } from './matcher';
import type { FaqMatch } from './types';
import { normaliseText } from '../language/normalise';
import { opensAsQuestion, readsAsQuestion } from './readsAsQuestion';


/** Inside a step a question must match the FAQ this well: the step errs towards keeping the person's answer. */
export const STEP_QUESTION_SCORE = 0.7;
/** …or this well when it opens as a question does ("how does a growth mindset fit in", "why does my brain…"). */
export const OPENING_QUESTION_SCORE = 0.55;

/**
 * THE one place that decides whether a message is a question for the FAQ or an answer to the current step.
 * At a menu or an idle moment any non-command text is a question candidate. Inside a step that wants text or a
 * rating, a message is a question only when it reads as one AND the FAQ answers it with some margin to spare, so "I
 * felt ashamed", "7" or the inner critic's "what is the point, I always mess up" always reach the step; a little less
 * margin when it opens the way a question does. Where a rating
 * is asked, nothing but a number is an answer, so a question there is taken as one.
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
  // A rating step takes only a number: words there that read as a question are one, whether the article answers it or not.
  if (expects === 'rating') return { kind: 'question', match };
  const needed = opensAsQuestion(text) ? OPENING_QUESTION_SCORE : STEP_QUESTION_SCORE;
  const sure = match.kind === 'clarify' || (match.kind === 'answer' && match.score >= needed);
  return sure ? { kind: 'question', match } : { kind: 'answer' };
}
