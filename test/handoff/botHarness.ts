import { TestAdapter, type Activity } from 'botbuilder';
import { loadConfig } from '../../src/config/config';
import { createCore } from '../../src/core';
import type { ContactRequestStore } from '../../src/handoff/contactRequests';
import type { Notifier } from '../../src/handoff/outbox';
import { createLogger, type Logger } from '../../src/logger';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import type { Db } from '../../src/storage/db';
import { migrate } from '../../src/storage/migrations';
import { SqliteDb } from '../../src/storage/sqliteDb';
import type { StateStore } from '../../src/storage/stateStore';

/** The harness never drains the outbox; a notifier that is called anyway fails the test. */
const UNUSED_NOTIFIER: Notifier = {
  deliver: async () => {
    throw new Error('the bot harness does not drain the outbox');
  },
};

export async function migratedDb(file = ':memory:'): Promise<SqliteDb> {
  const db = SqliteDb.open(file);
  await migrate(db, ALL_MIGRATIONS);
  return db;
}

export interface Harness {
  adapter: TestAdapter;
  db: Db;
  requests: ContactRequestStore;
  store: StateStore;
  /** Sends one message (text, or a card submit's value) and returns what the bot sent back. */
  send(message: string | { value: unknown }): Promise<Partial<Activity>[]>;
  /** The same, as the text a person would read (message text and card text blocks). */
  say(message: string | { value: unknown }): Promise<string>;
}

/** Every piece of text in an activity: its text and the text of any Adaptive Card on it. */
export function textOf(activity: Partial<Activity>): string {
  const parts: string[] = activity.text ? [activity.text] : [];
  for (const attachment of activity.attachments ?? []) {
    const content = attachment.content as { body?: Array<{ text?: string }>; actions?: Array<{ title?: string }> };
    for (const block of content.body ?? []) if (block.text) parts.push(block.text);
    for (const action of content.actions ?? []) if (action.title) parts.push(action.title);
  }
  for (const action of activity.suggestedActions?.actions ?? []) parts.push(String(action.title));
  return parts.join('\n');
}

/** The real bot (engine, interpreter, effects, SQLite) behind botbuilder's TestAdapter. */
export async function botHarness(options: { db?: Db; channelId?: string; handoffEvent?: boolean; logger?: Logger; destinations?: string[] } = {}): Promise<Harness> {
  const db = options.db ?? (await migratedDb());
  const logger = options.logger ?? createLogger('silent');
  const defaults = loadConfig({});
  const config = { ...defaults, handoff: { ...defaults.handoff, handoffEvent: options.handoffEvent ?? false } };
  const { store, bot, handoff } = createCore(db, config, logger, { notifiers: Object.fromEntries((options.destinations ?? ['webhook']).map((name) => [name, UNUSED_NOTIFIER])) });
  const requests = handoff.requests;
  const adapter = new TestAdapter((context) => bot.run(context), { channelId: options.channelId ?? 'test' });
  const send = async (message: string | { value: unknown }): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity(typeof message === 'string' ? message : { type: 'message', text: '', value: message.value });
    return adapter.activeQueue.splice(0).filter((activity) => activity.type !== 'typing');
  };
  return {
    adapter, db, requests, store, send,
    say: async (message) => (await send(message)).map(textOf).join('\n'),
  };
}
