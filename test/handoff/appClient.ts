import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createLogger, type Logger } from '../../src/logger';

export const ADMIN_TOKEN = 'staff-token-0123456789abcdef';

export function tempDatabase(): string {
  return `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bb-handoff-')), 'bot.db')}`;
}

/** The whole app on a free port, configured as an operator would with environment variables. */
export async function startApp(env: Record<string, string>, logger: Logger = createLogger('silent')): Promise<{ app: App; url: string }> {
  const app = await createApp(loadConfig(env), logger);
  const url = await app.listen(0, '127.0.0.1');
  return { app, url };
}

/** One message to /api/messages with expectReplies, as a Direct Line-style client would send it; returns the replies. */
export async function message(url: string, conversation: string, text: string, value?: unknown): Promise<Partial<Activity>[]> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', text, value, channelId: 'test', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
      from: { id: 'person-1' }, recipient: { id: 'bot' }, conversation: { id: conversation }, id: `${Date.now()}`,
    }),
  });
  if (response.status !== 200) throw new Error(`/api/messages answered ${response.status}`);
  return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
}

export const replyText = (activities: Partial<Activity>[]): string => activities.map((activity) => activity.text ?? '').join('\n');

/** Types a whole handoff into the app and returns the reference it gave. */
export async function handoffThroughApp(url: string, conversation: string, answers: { name: string; contact: string; time: string; note: string }): Promise<string> {
  for (const text of ['hi', 'can I talk to someone', 'yes', answers.name, answers.contact, answers.time, answers.note]) await message(url, conversation, text);
  const sent = replyText(await message(url, conversation, 'Send it'));
  const reference = /\*\*(BB-[A-Z0-9]{5})\*\*/.exec(sent)?.[1];
  if (!reference) throw new Error('no reference in the reply');
  return reference;
}
