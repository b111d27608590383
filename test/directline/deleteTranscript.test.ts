import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { words } from '../../src/content/copy';
import { callDirectLine, startApp, webChat, type Running } from './support';

describe('"delete my data" in the embedded web chat, over HTTP', () => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running.app.close());

  it('erases the transcript too: the old token reads nothing, the table holds nothing, and neither does the raw file', async () => {
    const chat = await webChat(running);
    for (const text of ['I failed my Zanzibar audit and it was awful', 'yes', 'Marguerite Zanzibar-Smith']) expect((await chat.say(text)).status).toBe(200);
    expect(await chat.transcript()).toContain('Zanzibar');

    await chat.say('delete my data');
    await chat.say('yes');
    const after = await callDirectLine(`${chat.domain}/conversations/${chat.id}/activities`, chat.token);
    expect(after.status).toBe(403);
    expect(JSON.stringify(after.json)).not.toContain('Zanzibar');
    expect(await running.app.db.all('SELECT doc FROM directline_activity WHERE conversation_id = $1', [chat.id])).toEqual([]);

    await running.app.db.run('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(running.dir, 'bot.db')).includes('Zanzibar')).toBe(false);
  });

  it('the open stream gets the confirmation and the end; then the old token opens, reads, refreshes and posts nothing', async () => {
    const chat = await webChat(running);
    await chat.say('I failed my driving test again');
    const frames: Array<{ type: string; text?: string }> = [];
    const socket = new WebSocket(`${chat.domain.replace(/^http/, 'ws')}/conversations/${chat.id}/stream?t=${chat.token}`);
    await new Promise((resolve) => socket.once('open', resolve));
    socket.on('message', (data) => {
      if (String(data).trim()) frames.push(...(JSON.parse(String(data)) as { activities: Array<{ type: string; text?: string }> }).activities);
    });

    await chat.say('delete my data');
    expect((await chat.say('yes')).status).toBe(200);
    for (const deadline = Date.now() + 5000; !frames.some((frame) => frame.type === 'endOfConversation') && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(frames.map((frame) => frame.text ?? '').join('\n')).toContain(words('privacy.deleted.conversation'));
    expect(frames.at(-1)).toMatchObject({ type: 'endOfConversation', from: { role: 'bot' } });
    socket.close();

    const at = `${chat.domain}/conversations/${chat.id}`;
    expect((await callDirectLine(`${at}/activities`, chat.token)).status).toBe(403);
    expect((await callDirectLine(at, chat.token)).status).toBe(403);
    expect((await callDirectLine(`${chat.domain}/tokens/refresh`, chat.token, 'POST')).status).toBe(403);
    expect((await chat.say('hello again')).status).toBe(403);
    expect((await callDirectLine(`${chat.domain}/conversations`, chat.token, 'POST', {})).status).toBe(403);
    const refused = new WebSocket(`${chat.domain.replace(/^http/, 'ws')}/conversations/${chat.id}/stream?t=${chat.token}`);
    const status = await new Promise((resolve) => refused.once('unexpected-response', (_req, res) => resolve(res.statusCode)).once('open', () => resolve('open')));
    expect(status).toBe(403);
    expect(await running.app.db.get('SELECT COUNT(*) AS n FROM directline_activity WHERE conversation_id = $1', [chat.id])).toEqual({ n: 0 });

    // A new conversation works as ever.
    const fresh = await webChat(running);
    expect((await fresh.say('hi')).status).toBe(200);
  });
});
