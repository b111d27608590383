import { EventFactory, type TurnContext } from 'botbuilder';
import { HANDOFF_SENT_KEY } from '../../dialogs/handoff';
import type { TurnResult } from '../conversation/engine';

/**
 * When a turn saved a contact request, tells an agent hub with the Bot Framework handoff.initiate event.
 * Only the reference goes with it (no transcript): what the person typed stays out of it.
 */
export async function sendHandoffInitiation(context: TurnContext, result: TurnResult): Promise<void> {
  const sent = result.says.find((say) => say.key === HANDOFF_SENT_KEY);
  if (!sent) return;
  await context.sendActivity(EventFactory.createHandoffInitiation(context, { reference: String(sent.params?.reference ?? '') }));
}
