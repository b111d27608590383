import type { EffectHandlers } from '../conversation/effects';
import type { UnansweredQuestionStore } from './unansweredQuestions';

/** Keeps a question the FAQ had no answer for, under the turn's conversation; off (UNANSWERED_QUESTIONS=off), nothing is kept. */
export function unansweredQuestionEffects(store: UnansweredQuestionStore, enabled: boolean): Pick<EffectHandlers, 'recordUnansweredQuestion'> {
  return {
    recordUnansweredQuestion: async (effect, turn) => {
      if (enabled) await store.keep(turn.key, turn.turnId, effect.text);
      return {};
    },
  };
}
