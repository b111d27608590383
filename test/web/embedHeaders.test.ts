import { startApp, type Running } from '../directline/support';

const PRACTICE = 'https://www.example-practice.co.uk';
const CLINIC = 'http://clinic.example:8080';

function directive(policy: string, name: string): string | undefined {
  return policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `));
}

async function headersOf(running: Running, url: string, method = 'GET'): Promise<Headers> {
  const response = await fetch(`${running.url}${url}`, { method });
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return response.headers;
}

describe('the embed with EMBED_ORIGINS unset', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('lets only our own pages frame the panel, on GET and HEAD alike', async () => {
    for (const method of ['GET', 'HEAD']) {
      const headers = await headersOf(running, '/embed', method);
      expect(directive(headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe("frame-ancestors 'self'");
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('serves the panel as the chat page is served: its own nonce for Web Chat, talking only to our origin', async () => {
    const response = await fetch(`${running.url}/embed`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    const page = await response.text();
    expect(page).toContain(`<script src="/app.js" nonce="${nonce}"></script>`);
    expect(page).toContain('<script src="/embed-panel.js"></script>');
    expect(page).toMatch(/not an emergency service/);
    expect(directive(policy, 'connect-src')).toBe(`connect-src 'self' ws://127.0.0.1:${new URL(running.url).port}`);
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves embed.js as a script another site may load, revalidated by ETag like the other files', async () => {
    const response = await fetch(`${running.url}/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // A same-origin resource policy would have the browser refuse the script on the practice's site.
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('document.currentScript');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await fetch(`${running.url}/embed.js`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it.each(['/', '/embed-demo', '/embed.js', '/embed-panel.js', '/embed-demo.js', '/embed-demo.css', '/app.js', '/healthz', '/no/such/page'])(
    'refuses to be framed anywhere on %s', async (url) => {
      const response = await fetch(`${running.url}${url}`);
      await response.arrayBuffer();
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(directive(response.headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe("frame-ancestors 'none'");
    });

  it.each(['/', '/embed', '/embed-panel.js', '/app.js', '/vendor/webchat.js'])('keeps a same-origin resource policy on %s', async (url) => {
    expect((await headersOf(running, url)).get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('shows the snippet on the demo page and runs it there, with a policy that lets only our own panel in', async () => {
    const response = await fetch(`${running.url}/embed-demo`);
    const page = await response.text();
    expect(page).toContain('<script src="/embed.js" async></script>');
    expect(page).toContain('&lt;script src="https://BOT-HOST/embed.js" async&gt;&lt;/script&gt;');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(directive(policy, 'frame-src')).toBe("frame-src 'self'");
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe('the embed with EMBED_ORIGINS set', () => {
  let running: Running;
  beforeAll(async () => {
    running = await startApp({ EMBED_ORIGINS: `${PRACTICE}, ${CLINIC}/` });
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('lets exactly those sites (and our own pages) frame the panel, with X-Frame-Options left off', async () => {
    for (const method of ['GET', 'HEAD']) {
      const headers = await headersOf(running, '/embed', method);
      expect(directive(headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe(`frame-ancestors 'self' ${PRACTICE} ${CLINIC}`);
      expect(headers.get('x-frame-options')).toBeNull();
    }
  });

  it.each(['/', '/embed-demo', '/embed.js', '/api/webchat/nothing'])('still refuses to be framed on %s', async (url) => {
    const response = await fetch(`${running.url}${url}`);
    await response.arrayBuffer();
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(directive(response.headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});
