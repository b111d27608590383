import type { EffectHandler } from '../conversation/effects';
import type { Logger } from '../logger';
import type { ContactRequestStore } from './contactRequests';

/**
 * Saves a contact request, committed before the machine hears its reference. A failure is answered honestly
 * (HANDOFF_FAILED), never as sent. The turn id makes a retried turn return the request it already saved.
 */
export function saveContactRequestHandler(requests: ContactRequestStore, logger: Logger): EffectHandler<'saveContactRequest'> {
  return async (effect, turn) => {
    try {
      const saved = await requests.save({ conversationKey: turn.key, turnId: turn.turnId, channelId: turn.channelId, details: effect.details });
      logger.info({ event: 'handoff.saved', request: saved.id, reference: saved.reference }, 'a contact request was saved');
      return { event: { type: 'HANDOFF_SAVED', reference: saved.reference }, happened: { type: 'handoff.sent', reference: saved.reference } };
    } catch (error) {
      // The error's name only: a database message could quote a value.
      logger.error({ event: 'handoff.save.failed', err: (error as Error).name }, 'a contact request could not be saved');
      return { event: { type: 'HANDOFF_FAILED' } };
    }
  };
}
