import { TestAdapter, type Activity, type ChannelAccount, type ConversationReference } from 'botbuilder';
import { loadConfig } from '../../src/config/config';
import { createCore, type Core } from '../../src/core';
import { createLogger } from '../../src/logger';
import type { Db } from '../../src/storage/db';

type Outgoing = Partial<Activity>;

export const TENANT = '72f988bf-0000-4000-8000-0000000000aa';
export const TEAMS_BOT = { id: '28:6b1f1f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'Bounce Back' };
export const TEAMS_PERSON = { id: '29:1wR7IdIRIoerMIWbewMi75JA3scaMuxvFon9eRQ', name: 'Sam Jones', aadObjectId: 'eddfa9d4-346e-4cce-a18f-fa6261ad776b' };
/** Teams refuses an activity of about 28 KB or more (the whole JSON, not only its text). */
export const TEAMS_MAX_ACTIVITY_BYTES = 28 * 1000;
/** Teams shows no more than three suggested actions. */
export const TEAMS_MAX_SUGGESTED_ACTIONS = 3;

/** An activity as Teams posts it in a personal chat: tenant in channelData and on the conversation. */
export function teamsActivity(conversationId: string, fields: Partial<Activity>): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: TEAMS_PERSON,
    recipient: TEAMS_BOT,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-GB',
    ...fields,
  };
}

/**
 * One person's personal chat with the real bot (createCore on a database) through botbuilder's TestAdapter. Every reply is
 * checked against what Teams accepts, so any turn in any test that breaks a Teams limit fails.
 */
export class TeamsChat {
  readonly core: Core;
  private readonly adapter: TestAdapter;

  constructor(db: Db, private readonly conversationId = 'a:1teams-personal-chat') {
    const defaults = loadConfig({});
    // No staff destinations are configured, so nothing is ever sent out of the test.
    this.core = createCore(db, defaults, createLogger('silent'));
    const reference: Partial<ConversationReference> = { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', user: TEAMS_PERSON, bot: TEAMS_BOT, conversation: { id: conversationId, conversationType: 'personal', isGroup: false, name: '' } };
    this.adapter = new TestAdapter(reference as ConversationReference);
  }

  /** Sends one Teams-shaped activity and returns the messages the bot sent back (typing indicators left out). */
  async send(fields: Partial<Activity>): Promise<Outgoing[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity(teamsActivity(this.conversationId, fields), (context) => this.core.bot.run(context));
    const replies = this.adapter.activeQueue.splice(0);
    for (const reply of replies) expectTeamsCanShow(reply);
    return replies.filter((reply) => reply.type === 'message');
  }

  /** The person types, or presses a suggested action (which sends its value as text). */
  say(text: string): Promise<Outgoing[]> {
    return this.send({ type: 'message', text, textFormat: 'plain' });
  }

  /** The person presses an Adaptive Card button or submits its form: Teams sends the data as value, with no text. */
  submit(value: Record<string, unknown>): Promise<Outgoing[]> {
    return this.send({ type: 'message', value });
  }

  /** The app is added in a personal chat: Teams sends an installationUpdate every time. */
  install(): Promise<Outgoing[]> {
    return this.send({ type: 'installationUpdate', action: 'add' });
  }

  /** The conversationUpdate Teams sends the first time the bot and the person meet. */
  membersAdded(members: ChannelAccount[]): Promise<Outgoing[]> {
    return this.send({ type: 'conversationUpdate', membersAdded: members });
  }
}

/** What Teams would refuse or cut: more than three suggested actions, or an activity over its size limit. */
export function expectTeamsCanShow(activity: Outgoing): void {
  expect(activity.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(TEAMS_MAX_SUGGESTED_ACTIONS);
  expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThanOrEqual(TEAMS_MAX_ACTIVITY_BYTES);
}
