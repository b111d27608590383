import { createHmac } from 'node:crypto';
import { callDirectLine, startApp, webChat, type Running } from './support';

const SECRET = 'lifetime-test-secret-0123456789abcdef';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token as the server signs them, with claims of the test's choosing. */
function forge(claims: { conv: string; iat: number; born: number; exp: number }): string {
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', SECRET).update(body).digest('base64url')}`;
}

describe('web chat tokens have an absolute lifetime, over HTTP', () => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp({ DIRECT_LINE_TOKEN_SECRET: SECRET, DIRECT_LINE_TOKEN_MAX_AGE_HOURS: '24' });
  });
  afterAll(async () => running.app.close());

  it('a refreshed token keeps its chain’s birth, and a chain older than its lifetime is refused however fresh its last token', async () => {
    const chat = await webChat(running);
    const refreshed = await callDirectLine(`${chat.domain}/tokens/refresh`, chat.token, 'POST');
    expect(refreshed.status).toBe(200);
    const born = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).born as number;
    expect(born(refreshed.json.token)).toBe(born(chat.token));

    const now = Math.floor(Date.now() / 1000);
    // Refreshed a minute ago, valid for half an hour more, but its chain began 25 hours ago.
    const old = forge({ conv: chat.id, iat: now - 60, born: now - 25 * 3600, exp: now + 1800 });
    expect((await callDirectLine(`${chat.domain}/tokens/refresh`, old, 'POST')).status).toBe(403);
    expect((await callDirectLine(`${chat.domain}/conversations/${chat.id}/activities`, old)).status).toBe(403);
    // Just inside the lifetime it still works, and its refresh reaches no further than the chain's end.
    const late = forge({ conv: chat.id, iat: now - 60, born: now - 24 * 3600 + 600, exp: now + 1800 });
    const last = await callDirectLine(`${chat.domain}/tokens/refresh`, late, 'POST');
    expect(last.status).toBe(200);
    expect(last.json.expires_in).toBeLessThanOrEqual(600);
  });
});
