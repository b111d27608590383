import net from 'node:net';
import { startApp, type RunningApp } from '../helpers/app';

const URLS = ['/', '/healthz', '/readyz', '/app.js', '/styles.css', '/logo.png', '/vendor/webchat.js'];
// Date differs by the second; the page's policy carries a fresh nonce each time; fetch closes the connection after a HEAD.
const VARYING = new Set(['date', 'content-security-policy', 'connection', 'keep-alive']);

/** The raw bytes of one request's answer, read until the server closes, so a body sent after HEAD's headers would show. */
function raw(url: string, method: string, path: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => { answer += chunk; });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

function headers(response: Response): Record<string, string> {
  const kept: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!VARYING.has(name)) kept[name] = value;
  });
  return kept;
}

describe('HEAD', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });

  afterAll(async () => {
    await running.stop();
  });

  it.each(URLS)('%s answers as GET does: same status and headers', async (path) => {
    const get = await fetch(`${running.url}${path}`);
    await get.arrayBuffer();
    const head = await fetch(`${running.url}${path}`, { method: 'HEAD' });
    expect({ status: head.status, headers: headers(head) }).toEqual({ status: get.status, headers: headers(get) });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
  });

  it.each(URLS)('%s sends no body after its headers', async (path) => {
    const answer = await raw(running.url, 'HEAD', path);
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    expect(body).toBe('');
  });

  it('a HEAD with a matching ETag gets 304, as GET does', async () => {
    const etag = (await fetch(`${running.url}/logo.png`, { method: 'HEAD' })).headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const cached = await fetch(`${running.url}/logo.png`, { method: 'HEAD', headers: { 'If-None-Match': etag } });
    expect(cached.status).toBe(304);
  });
});
