import { webChatConversationOf } from '../conversation/conversationKeys';
import type { EffectHandlers } from '../conversation/effects';
import type { Logger } from '../logger';
import { DEFAULT_DELAY_MS, describeTime, knownZone, timeFrom } from './goalCheckTime';
import { newReturnKey, type GoalCheckStore } from './goalCheckStore';

export type GoalCheckEffects = Pick<EffectHandlers, 'scheduleGoalCheck' | 'goalCheckAsked' | 'cancelGoalChecks'>;

/** Keeps, marks and cancels check-ins on a learning goal; `now` is injected so tests can move time. */
export function createGoalCheckEffects(store: GoalCheckStore, now: () => number, defaultZone: string, logger: Logger): GoalCheckEffects {
  return {
    scheduleGoalCheck: async (effect, turn) => {
      const zone = knownZone(turn.timeZone) ?? defaultZone;
      const at = now();
      const given = effect.when ? timeFrom(effect.when, at, zone) : undefined;
      if (given === undefined && effect.strict) return { event: { type: 'goalCheck.timeUnclear' } };
      const dueAt = given ?? at + DEFAULT_DELAY_MS;
      // A web chat conversation does not outlive its tokens: the browser comes back in a new one, and shows this key.
      const returnKey = webChatConversationOf(turn.key) === undefined ? undefined : newReturnKey();
      await store.add({ conversationKey: turn.key, turnId: turn.turnId, channelId: turn.channelId, address: turn.address, timeZone: zone, goal: effect.goal, dueAt, returnKey });
      logger.info({ event: 'goalCheck.scheduled', channel: turn.channelId, inHours: Math.round((dueAt - at) / 3_600_000) }, 'a check-in on a goal was planned');
      return { event: { type: 'goalCheck.scheduled', on: describeTime(dueAt, zone) }, ...(returnKey ? { happened: { type: 'goalCheck.planned', returnKey } } : {}) };
    },
    goalCheckAsked: async () => ({ happened: { type: 'goalCheck.asked' } }),
    cancelGoalChecks: async (effect, turn) => {
      const cancelled = await store.deleteFor(turn.key);
      if (cancelled > 0) logger.info({ event: 'goalCheck.cancelled', cancelled }, 'a person stopped their check-ins');
      return { event: { type: 'goalCheck.stopped', cancelled, quiet: effect.quiet } };
    },
  };
}
