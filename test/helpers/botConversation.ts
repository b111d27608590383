import { TestAdapter, type Activity, type ChannelAccount, type ConversationReference } from 'botbuilder';
import { BounceBackBot } from '../../src/channels/bounceBackBot';
import type { ConversationEngine } from '../../src/conversation/engine';

type Outgoing = Partial<Activity>;

export const BOT = { id: 'bounce-back-bot', name: 'Bounce Back' };
export const PERSON = { id: 'person-1', name: 'Sam' };

/** Drives the real bot class through botbuilder's TestAdapter, one incoming activity at a time. */
export class BotConversation {
  private readonly adapter: TestAdapter;
  private readonly bot: BounceBackBot;

  constructor(engine: ConversationEngine, channelId = 'test', conversationId = 'conversation-1') {
    const reference: Partial<ConversationReference> = {
      channelId,
      serviceUrl: 'https://test.invalid',
      user: PERSON,
      bot: BOT,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'chat' },
    };
    this.adapter = new TestAdapter(reference as ConversationReference);
    this.bot = new BounceBackBot(engine);
  }

  /** Sends one activity and returns everything the bot sent back during that turn. */
  async send(activity: Partial<Activity>): Promise<Outgoing[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity(activity, (context) => this.bot.run(context));
    return this.adapter.activeQueue.splice(0);
  }

  /** The person types (or presses a suggested action, which sends its value as text). */
  say(text: string): Promise<Outgoing[]> {
    return this.send({ type: 'message', text });
  }

  /** The person presses an Adaptive Card button: its data arrives as value, with no text. */
  press(value: unknown): Promise<Outgoing[]> {
    return this.send({ type: 'message', value });
  }

  /** The conversation is opened with these members added. */
  membersAdded(members: ChannelAccount[]): Promise<Outgoing[]> {
    return this.send({ type: 'conversationUpdate', membersAdded: members });
  }
}
