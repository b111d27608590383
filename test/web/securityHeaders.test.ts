import { startApp, type Running } from '../directline/support';

describe('the page and its security headers', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('serves the page with a strict policy whose style nonce matches the page script\'s', async () => {
    const response = await fetch(`${running.url}/`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(await response.text()).toContain(`<script src="/app.js" nonce="${nonce}"></script>`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${new URL(running.url).port}`);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    const again = await fetch(`${running.url}/`);
    expect(again.headers.get('content-security-policy')).not.toContain(`'nonce-${nonce}'`);
  });

  it.each(['/', '/vendor/webchat.js', '/logo.png', '/no/such/page', '/v3/directline/conversations'])('sends the usual headers on %s', async (url) => {
    const response = await fetch(`${running.url}${url}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('serves Web Chat from our own origin, compressed and revalidated by ETag', async () => {
    const response = await fetch(`${running.url}/vendor/webchat.js`);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.text()).length).toBeGreaterThan(1_000_000);
    const etag = response.headers.get('etag') ?? '';
    const cached = await fetch(`${running.url}/vendor/webchat.js`, { headers: { 'If-None-Match': etag } });
    expect(cached.status).toBe(304);
  });

  it('serves nothing outside its list of files', async () => {
    for (const url of ['/public/index.html', '/../package.json', '/vendor/../../.env', '/app.js/../../src/app.ts']) {
      expect((await fetch(`${running.url}${url}`)).status).toBe(404);
    }
  });
});
