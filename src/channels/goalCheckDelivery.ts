import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { webChatConversationOf } from '../conversation/conversationKeys';
import type { DueGoalCheck } from '../goalChecks/goalCheckStore';
import type { DeliveryOutcome, GoalCheckDelivery } from '../goalChecks/goalCheckScheduler';
import type { BounceBackBot } from './bounceBackBot';

/** The embedded web chat, as a proactive turn needs it. */
export interface EmbeddedConversations {
  /** Whether the person has the conversation open (a stream on this instance). */
  isOpen(conversationId: string): boolean;
  continueIn(conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/**
 * Sends a due check-in where it was planned: Teams (and any Bot Framework channel) by a proactive message to the kept
 * conversation reference, the embedded web chat into its conversation while the person has it open.
 */
export class ChannelGoalCheckDelivery implements GoalCheckDelivery {
  constructor(
    private readonly bot: BounceBackBot,
    private readonly adapter: CloudAdapter,
    /** The app's MicrosoftAppId: a proactive message is sent with the app's own credentials. */
    private readonly appId: string | undefined,
    private readonly webChat: EmbeddedConversations,
  ) {}

  async deliver(check: DueGoalCheck): Promise<DeliveryOutcome> {
    let asked = false;
    let failure: unknown;
    // Caught here rather than by the adapter's onTurnError, which would tell the person "something went wrong" out of the blue.
    const logic = async (context: TurnContext): Promise<void> => {
      try {
        asked = await this.bot.askGoalCheck(context, check.conversationKey, check.goal);
      } catch (error) {
        failure = error;
      }
    };
    const embedded = webChatConversationOf(check.conversationKey);
    if (embedded !== undefined) {
      // Away: it waits for them to come back (this conversation, or a new one from the same browser).
      if (!this.webChat.isOpen(embedded)) return 'away';
      await this.webChat.continueIn(embedded, logic);
    } else {
      if (!check.address) throw new Error('no conversation reference was kept for this check-in');
      await this.adapter.continueConversationAsync(this.appId ?? '', check.address as Partial<ConversationReference>, logic);
    }
    if (failure) throw failure;
    return asked ? 'asked' : 'busy';
  }
}
