import net from 'node:net';
import WebSocket from 'ws';
import { words } from '../../src/content/copy';
import { CONVERSATIONS_PER_MINUTE } from '../../src/directline/addressLimit';
import { STREAMS_PER_CONVERSATION } from '../../src/directline/socket';
import { MAX_MESSAGE_CHARS } from '../../src/understanding/interpreter';
import { startApp, type Running } from '../directline/support';
import { incoming, post } from '../helpers/http';

const session = (url: string, forwardedFor?: string) =>
  fetch(`${url}/api/webchat/session`, { method: 'POST', headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

/** A started web chat conversation: its stream URL opens a socket. */
async function conversation(url: string): Promise<{ streamUrl: string }> {
  const { token, domain } = (await (await session(url)).json()) as { token: string; domain: string };
  const started = await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  return (await started.json()) as { streamUrl: string };
}

function opened(socket: WebSocket): Promise<number | 'open'> {
  // A refused socket also reports an error; the status is what matters here.
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    socket.once('open', () => resolve('open'));
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
  });
}

describe('resource limits, over HTTP', () => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp({ STREAM_PING_SECONDS: '1', REQUEST_BODY_TIMEOUT_SECONDS: '1' });
  });
  afterAll(async () => running.app.close());

  it('new conversations per client address: over the limit is 429 with a time to come back, whatever X-Forwarded-For claims', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < CONVERSATIONS_PER_MINUTE + 5; index += 1) statuses.push((await session(running.url, `10.0.0.${index}`)).status);
    expect(statuses.slice(0, CONVERSATIONS_PER_MINUTE).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(CONVERSATIONS_PER_MINUTE)).toEqual(Array(5).fill(429));
    const refused = await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
  });

  it('streams per conversation: the one past the limit is refused with 429', async () => {
    const other = await startApp();
    try {
      const { streamUrl } = await conversation(other.url);
      const sockets = Array.from({ length: STREAMS_PER_CONVERSATION + 1 }, () => new WebSocket(streamUrl));
      const results: Array<number | 'open'> = [];
      for (const socket of sockets) results.push(await opened(socket));
      expect(results).toEqual([...Array(STREAMS_PER_CONVERSATION).fill('open'), 429]);
      // One closes: there is room again.
      sockets[0].close();
      await new Promise((resolve) => sockets[0].once('close', resolve));
      const another = new WebSocket(streamUrl);
      expect(await opened(another)).toBe('open');
      for (const socket of [...sockets, another]) socket.terminate();
    } finally {
      await other.app.close();
    }
  });

  it('a stream that stops answering pings is closed; one that answers stays', async () => {
    const other = await startApp({ STREAM_PING_SECONDS: '1' });
    try {
      const { streamUrl } = await conversation(other.url);
      const silent = new WebSocket(streamUrl, { autoPong: false });
      const lively = new WebSocket(streamUrl);
      expect(await opened(silent)).toBe('open');
      expect(await opened(lively)).toBe('open');
      await new Promise((resolve) => silent.once('close', resolve));
      expect(lively.readyState).toBe(WebSocket.OPEN);
      lively.close();
    } finally {
      await other.app.close();
    }
  });

  it('a body trickled in slower than the deadline has its connection closed, unanswered', async () => {
    const { port } = new URL(running.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    // Cut off mid-body, the socket may see a reset: that is one way of being closed.
    socket.on('error', () => undefined);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write('POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    await closed;
    clearInterval(trickle);
    expect(answer).toBe('');
    expect((await post(running.url, JSON.stringify(incoming('limits-after-trickle', { text: 'hi' })))).status).toBe(200);
  });

  it(`a message over ${MAX_MESSAGE_CHARS} characters gets a clear line, and nothing is kept`, async () => {
    await post(running.url, JSON.stringify(incoming('limits-long', { text: 'hi' })));
    await post(running.url, JSON.stringify(incoming('limits-long', { text: 'Work through a setback' })));
    const before = await running.app.store.load('directline/limits-long');
    const long = `My story ${'and then it went wrong again '.repeat(9000)}`;
    expect(long.length).toBeGreaterThan(250_000);
    const reply = await post(running.url, JSON.stringify(incoming('limits-long', { text: long })));
    expect(reply.status).toBe(200);
    expect(reply.activities.map((activity) => activity.text).join('\n')).toContain(words('global.tooLong', { max: '1,000' }));
    const after = await running.app.store.load('directline/limits-long');
    expect(after?.doc).toEqual(before?.doc);
    expect(JSON.stringify(after?.doc)).not.toContain('went wrong again');
  });
});

describe('behind a trusted proxy (TRUST_PROXY=true)', () => {
  it('counts the address the proxy forwarded, not the proxy’s own', async () => {
    const running = await startApp({ TRUST_PROXY: 'true' });
    try {
      for (let index = 0; index < CONVERSATIONS_PER_MINUTE; index += 1) expect((await session(running.url, 'spoofed, 203.0.113.7')).status).toBe(200);
      expect((await session(running.url, 'spoofed, 203.0.113.7')).status).toBe(429);
      expect((await session(running.url, '203.0.113.8')).status).toBe(200);
    } finally {
      await running.app.close();
    }
  });
});
