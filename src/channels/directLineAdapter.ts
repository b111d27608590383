import {
  ActivityTypes,
  Channels,
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  createBotFrameworkAuthenticationFromConfiguration,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import { words } from '../content/copy';
import { catchOutage } from '../health/outageCatcher';
import type { Logger } from '../logger';
import type { DlActivity } from '../directline/store';
import { BOT_ACCOUNT, EMBEDDED_SERVICE_URL, type TurnRunner } from '../directline/service';
import { EMBEDDED_WEB_CHAT, type BounceBackBot } from './bounceBackBot';

/** Where the bot's outgoing activities go; answers the id they were stored under. */
export type Deliver = (activity: DlActivity) => Promise<string>;

/**
 * Runs the bot in-process for the embedded Direct Line endpoint. It is a CloudAdapter with no credentials
 * (so processActivityDirect skips auth) whose sendActivities hands replies straight to our store instead of
 * POSTing them to a serviceUrl: no loopback HTTP hop, no internal route to protect, and the id the bot gets
 * back is the real stored id.
 */
export class DirectLineAdapter extends CloudAdapter implements TurnRunner {
  constructor(private readonly bot: BounceBackBot, private readonly deliver: Deliver, logger: Logger) {
    super(createBotFrameworkAuthenticationFromConfiguration(null, new ConfigurationServiceClientCredentialFactory({})));
    this.onTurnError = async (context: TurnContext, error: Error) => {
      logger.error({ event: 'directline.turn.failed', err: { name: error.name, message: error.message, stack: error.stack } }, 'a web chat turn failed');
      await context.sendActivity(words('global.somethingWrong'));
    };
  }

  /** Runs the bot on the activity; a database outage during the turn is thrown here, so the post is answered 503. */
  async run(activity: DlActivity): Promise<void> {
    const turn = catchOutage((context) => {
      context.turnState.set(EMBEDDED_WEB_CHAT, true);
      return this.bot.run(context);
    });
    await this.processActivityDirect('', activity as unknown as Activity, turn.logic);
    const outage = turn.outage();
    if (outage) throw outage;
  }

  /** A turn the bot starts itself (a check-in that fell due), in an embedded conversation; its messages are stored and streamed. */
  async continueIn(conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const reference: Partial<ConversationReference> = {
      channelId: Channels.Directline,
      serviceUrl: EMBEDDED_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      bot: BOT_ACCOUNT,
      user: { id: 'person', name: '', role: 'user' },
    };
    await this.continueConversationAsync('', reference, (context) => {
      context.turnState.set(EMBEDDED_WEB_CHAT, true);
      return logic(context);
    });
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const type = activity.type ?? ActivityTypes.Message;
      // Trace is for the Emulator, invoke responses answer an HTTP request we never have: neither reaches the person.
      const shown = type !== ActivityTypes.Trace && type !== ActivityTypes.InvokeResponse && type !== 'delay';
      responses.push({ id: shown ? await this.deliver({ ...activity, type } as DlActivity) : '' });
    }
    return responses;
  }
}
