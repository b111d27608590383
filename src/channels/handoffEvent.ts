import { EventFactory, type TurnContext } from 'botbuilder';
import type { TurnResult } from '../conversation/engine';

/**
 * When a turn saved a contact request, tells an agent hub with the Bot Framework handoff.initiate event.
 * Only the reference goes with it (no transcript): what the person typed stays out of it.
 */
export async function sendHandoffInitiation(context: TurnContext, result: TurnResult): Promise<void> {
  for (const event of result.events) {
    if (event.type === 'handoff.sent') await context.sendActivity(EventFactory.createHandoffInitiation(context, { reference: event.reference }));
  }
}
