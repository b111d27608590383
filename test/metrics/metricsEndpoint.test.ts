import fs from 'node:fs';
import { startApp, type Running } from '../directline/support';
import { parseSamples, valueOf } from './scrape';

const STAFF_TOKEN = 'staff-token-0123456789abcdef';
const METRICS_TOKEN = 'metrics-token-0123456789';

const get = (url: string, authorization?: string) => fetch(`${url}/metrics`, { headers: authorization ? { Authorization: authorization } : {} });

async function turn(url: string, conversation: string): Promise<void> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
      from: { id: 'person' }, recipient: { id: 'bot' }, conversation: { id: conversation }, id: '1',
    }),
  });
  expect(response.status).toBe(200);
}

describe('GET /metrics', () => {
  const running: Running[] = [];
  const start = async (env: Record<string, string>): Promise<Running> => {
    const app = await startApp(env);
    running.push(app);
    return app;
  };

  afterAll(async () => {
    for (const { app, dir } of running) {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not exist when no token is configured', async () => {
    const { url } = await start({});
    expect((await get(url)).status).toBe(404);
    expect((await get(url, `Bearer ${STAFF_TOKEN}`)).status).toBe(404);
  });

  it('answers 401 with WWW-Authenticate: Bearer without the right token', async () => {
    const { url } = await start({ ADMIN_TOKEN: STAFF_TOKEN, METRICS_TOKEN });
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', STAFF_TOKEN, `Basic ${STAFF_TOKEN}`, `Bearer ${STAFF_TOKEN}x`]) {
      const response = await get(url, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.text()).not.toContain('bounce_back');
    }
  });

  it.each([
    ['the staff token', { ADMIN_TOKEN: STAFF_TOKEN }, STAFF_TOKEN],
    ['METRICS_TOKEN', { METRICS_TOKEN }, METRICS_TOKEN],
    ['METRICS_TOKEN beside the staff token', { ADMIN_TOKEN: STAFF_TOKEN, METRICS_TOKEN }, METRICS_TOKEN],
    ['the staff token beside METRICS_TOKEN', { ADMIN_TOKEN: STAFF_TOKEN, METRICS_TOKEN }, STAFF_TOKEN],
  ])('answers in Prometheus text format with %s', async (_what, env, token) => {
    const { url } = await start(env);
    const response = await get(url, `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text).toContain('# TYPE bounce_back_turns_total counter');
    expect(text).toContain('# TYPE bounce_back_turn_duration_seconds histogram');
    // prom-client's process metrics, in the app's own registry.
    expect(text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(parseSamples(text).length).toBeGreaterThan(20);
  });

  it('keeps each app apart: two in one process count their own turns', async () => {
    const [a, b] = [await start({ METRICS_TOKEN }), await start({ METRICS_TOKEN })];
    await turn(a.url, 'two-apps');
    const count = async (url: string) => valueOf(parseSamples(await (await get(url, `Bearer ${METRICS_TOKEN}`)).text()), 'bounce_back_turns_total', { channel: 'teams' });
    expect(await count(a.url)).toBe(1);
    expect(await count(b.url)).toBe(0);
  });
});
