import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestSession, startApp, type Running } from './support';

const SECRET = 'azure-direct-line-secret-never-sent-to-browsers';

/** A stand-in for directline.botframework.com: the test never calls the real internet. */
function fakeAzure(): Promise<{ server: http.Server; endpoint: string; seen: Array<{ url?: string; auth?: string }> }> {
  const seen: Array<{ url?: string; auth?: string }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url, auth: req.headers.authorization });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`, seen });
  }));
}

describe('with DIRECT_LINE_SECRET set', () => {
  let azure: Awaited<ReturnType<typeof fakeAzure>>;
  let running: Running;

  beforeAll(async () => {
    azure = await fakeAzure();
    running = await startApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: azure.endpoint });
  });
  afterAll(async () => {
    await running.app.close();
    await new Promise((resolve) => azure.server.close(resolve));
  });

  it('exchanges the secret for a token server-side and gives the page only the token and Azure\'s domain', async () => {
    const response = await requestSession(running.url);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ domain: azure.endpoint, token: 'azure-token-1', conversationId: 'azure-conv-1', expiresIn: 3600 });
    expect(text).not.toContain(SECRET);
    expect(azure.seen).toEqual([{ url: '/v3/directline/tokens/generate', auth: `Bearer ${SECRET}` }]);
  });

  it('lets the page connect to Azure\'s origin, REST and socket, and no other', async () => {
    const page = await fetch(`${running.url}/`);
    const policy = page.headers.get('content-security-policy') ?? '';
    const origin = new URL(azure.endpoint).origin;
    expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${new URL(running.url).port} ${origin} ${origin.replace('http', 'ws')}`);
    expect(await page.text()).not.toContain(SECRET);
  });
});

describe('when Azure does not answer', () => {
  it('answers 502 with a JSON error instead of hanging or leaking details', async () => {
    const closed = await fakeAzure();
    await new Promise((resolve) => closed.server.close(resolve));
    const running = await startApp({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: closed.endpoint });
    try {
      const response = await requestSession(running.url);
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text).error.code).toBe('BadGateway');
      expect(text).not.toContain(SECRET);
    } finally {
      await running.app.close();
    }
  });
});
