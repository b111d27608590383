import WebSocket from 'ws';
import { words } from '../../src/content/copy';
import { MAX_TEXT_BYTES, POSTS_PER_MINUTE } from '../../src/directline/service';
import { newSession, startApp, type Running } from './support';

interface Started { conversationId: string; token: string; streamUrl: string }

async function call(url: string, token: string | undefined, method = 'GET', body?: unknown): Promise<{ status: number; json: any; headers: Headers }> {
  const response = await fetch(url, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

function firstFrame(url: string): Promise<{ opened: boolean; frame?: any; status?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('message', (data) => {
      socket.close();
      resolve({ opened: true, frame: JSON.parse(String(data)) });
    });
    socket.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }));
    socket.on('error', () => resolve({ opened: false }));
  });
}

describe('the embedded Direct Line endpoint', () => {
  let running: Running;
  let domain: string;

  const start = async (): Promise<Started> => {
    const session = await newSession(running.url);
    const started = await call(`${domain}/conversations`, session.token, 'POST', {});
    expect(started.status).toBe(201);
    return started.json as Started;
  };
  const post = (conversation: Started, text: string) =>
    call(`${domain}/conversations/${conversation.conversationId}/activities`, conversation.token, 'POST', { type: 'message', from: { id: 'p' }, text });

  beforeAll(async () => {
    running = await startApp();
    domain = `${running.url}/v3/directline`;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('answers POST /conversations with the shape directlinejs reads, and the stream starts with the welcome', async () => {
    const conversation = await start();
    expect(Object.keys(conversation).sort()).toEqual(['conversationId', 'expires_in', 'streamUrl', 'token']);
    expect(conversation.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversation.conversationId}/stream\\?t=`));
    const { frame } = await firstFrame(conversation.streamUrl);
    expect(typeof frame.watermark).toBe('string');
    expect(frame.activities[0].text).toBe(words('welcome.greeting'));
    expect(frame.activities[0].id).toBe(`${conversation.conversationId}|1`);
  });

  it('starts a conversation once: using the token again returns it without a second welcome', async () => {
    const conversation = await start();
    const again = await call(`${domain}/conversations`, conversation.token, 'POST', {});
    expect(again.json.conversationId).toBe(conversation.conversationId);
    const all = await call(`${domain}/conversations/${conversation.conversationId}/activities`, conversation.token);
    expect(all.json.activities.filter((activity: any) => activity.text === words('welcome.greeting'))).toHaveLength(1);
  });

  it('refuses requests without a token (401), with a forged one (403), and a stream for a foreign conversation (403)', async () => {
    const mine = await start();
    const theirs = await start();
    expect((await call(`${domain}/conversations/${mine.conversationId}/activities`, undefined)).status).toBe(401);
    const forged = `${mine.token.slice(0, -4)}AAAA`;
    expect((await call(`${domain}/conversations/${mine.conversationId}/activities`, forged)).status).toBe(403);
    expect((await post(mine, 'hello')).status).toBe(200);
    expect((await call(`${domain}/conversations/${mine.conversationId}`, theirs.token)).status).toBe(403);
    expect((await call(`${domain}/conversations/${mine.conversationId}/activities`, theirs.token, 'POST', { type: 'message', text: 'x' })).status).toBe(403);
    const stolen = mine.streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(theirs.token)}`);
    expect(await firstFrame(stolen)).toEqual({ opened: false, status: 403 });
  });

  it('refreshes a token: the new one works for the same conversation', async () => {
    const conversation = await start();
    const refreshed = await call(`${domain}/tokens/refresh`, conversation.token, 'POST');
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.conversationId).toBe(conversation.conversationId);
    expect(refreshed.json.expires_in).toBe(1800);
    expect((await call(`${domain}/conversations/${conversation.conversationId}/activities?watermark=1`, refreshed.json.token)).status).toBe(200);
  });

  it('pages activities by watermark, as a string, and rejects a watermark that is not a number', async () => {
    const conversation = await start();
    const first = await call(`${domain}/conversations/${conversation.conversationId}/activities?watermark=`, conversation.token);
    const count = first.json.activities.length;
    expect(first.json.watermark).toBe(String(count));
    const later = await call(`${domain}/conversations/${conversation.conversationId}/activities?watermark=${count - 1}`, conversation.token);
    expect(later.json.activities.map((activity: any) => activity.id)).toEqual([`${conversation.conversationId}|${count}`]);
    expect((await call(`${domain}/conversations/${conversation.conversationId}/activities?watermark=abc`, conversation.token)).status).toBe(400);
  });

  it(`refuses text over ${MAX_TEXT_BYTES} bytes with 413 and a clear JSON error`, async () => {
    const conversation = await start();
    const tooLong = await post(conversation, 'a'.repeat(MAX_TEXT_BYTES + 1));
    expect(tooLong.status).toBe(413);
    expect(tooLong.json.error.code).toBe('MessageSizeTooBig');
    expect((await post(conversation, 'a'.repeat(MAX_TEXT_BYTES))).status).toBe(200);
  });

  it(`allows ${POSTS_PER_MINUTE} posts a minute per conversation, then answers 429 with Retry-After`, async () => {
    const conversation = await start();
    for (let index = 0; index < POSTS_PER_MINUTE; index += 1) expect((await post(conversation, 'menu')).status).toBe(200);
    const refused = await post(conversation, 'menu');
    expect(refused.status).toBe(429);
    expect(Date.parse(refused.headers.get('retry-after') ?? '')).toBeGreaterThan(Date.now() - 1000);
    expect(refused.json.error.code).toBe('TooManyRequests');
    const other = await start();
    expect((await post(other, 'menu')).status).toBe(200);
  });

  it('answers unknown routes with 404 and JSON', async () => {
    const response = await call(`${running.url}/v3/directline/nowhere`, undefined);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.json.code).toBe('ResourceNotFound');
  });
});

describe('after a restart', () => {
  it('keeps conversations, their activities and the token key', async () => {
    const first = await startApp();
    const session = await newSession(first.url);
    const domain = `${first.url}/v3/directline`;
    await call(`${domain}/conversations`, session.token, 'POST', {});
    await call(`${domain}/conversations/${session.conversationId}/activities`, session.token, 'POST', { type: 'message', text: 'help' });
    const before = (await call(`${domain}/conversations/${session.conversationId}/activities`, session.token)).json;
    await first.app.close();

    const second = await startApp({}, first.dir);
    try {
      const after = await call(`${second.url}/v3/directline/conversations/${session.conversationId}/activities`, session.token);
      expect(after.status).toBe(200);
      expect(after.json).toEqual(before);
      expect(after.json.activities.some((activity: any) => activity.text === words('help.canDo'))).toBe(true);
    } finally {
      await second.app.close();
    }
  });
});
