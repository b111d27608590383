import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { words } from '../../src/content/copy';
import { newSession, startApp, type Running } from './support';

async function call(url: string, token: string, method = 'GET', body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

describe('"delete my data" in the embedded web chat, over HTTP', () => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running.app.close());

  it('erases the transcript too: the old token reads none of the person’s words, and neither does the raw file', async () => {
    const domain = `${running.url}/v3/directline`;
    const session = await newSession(running.url);
    const { json: conversation } = await call(`${domain}/conversations`, session.token, 'POST', {});
    const say = (text: string) => call(`${domain}/conversations/${conversation.conversationId}/activities`, conversation.token, 'POST', { type: 'message', from: { id: 'p' }, text });
    for (const text of ['I failed my Zanzibar audit and it was awful', 'yes', 'Marguerite Zanzibar-Smith']) expect((await say(text)).status).toBe(200);
    const before = await call(`${domain}/conversations/${conversation.conversationId}/activities`, conversation.token);
    expect(JSON.stringify(before.json.activities)).toContain('Zanzibar');

    await say('delete my data');
    await say('yes');
    const after = await call(`${domain}/conversations/${conversation.conversationId}/activities`, conversation.token);
    const texts = after.json.activities.map((activity: { text?: string }) => activity.text ?? '');
    expect(JSON.stringify(after.json.activities)).not.toContain('Zanzibar');
    expect(texts.join('\n')).toContain(words('privacy.deleted.conversation'));

    await running.app.db.run('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(running.dir, 'bot.db')).includes('Zanzibar')).toBe(false);
  });
});
