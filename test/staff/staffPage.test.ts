import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { App } from '../../src/app';
import { ContactRequestStore } from '../../src/handoff/contactRequests';
import { CrisisTally } from '../../src/safety/crisisTally';
import { registerStaffPage } from '../../src/staff/staffPage';
import type { UnansweredQuestionList } from '../../src/staff/unansweredQuestionList';
import { ADMIN_TOKEN, handoffThroughApp, startApp, tempDatabase } from '../handoff/appClient';
import { openMemoryDb } from '../helpers/memoryDb';

const ANN = { name: 'Ann Smith', contact: 'ann@example.com', time: 'mornings', note: 'after 5' };
const HOUR = 3600 * 1000;

interface Answer { status: number; body: any; cookies: string[]; headers: Headers }

async function call(url: string, route: string, init: { method?: string; body?: unknown; cookie?: string; csrf?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = {
    ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(init.cookie ? { cookie: init.cookie } : {}),
    ...(init.csrf ? { 'x-csrf-token': init.csrf } : {}),
    ...init.headers,
  };
  const response = await fetch(`${url}${route}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // An HTML page, or no body.
  }
  return { status: response.status, body, cookies: response.headers.getSetCookie(), headers: response.headers };
}

/** Signs in as the page does; answers the cookie to send back and the CSRF token. */
async function signIn(url: string): Promise<{ cookie: string; csrf: string; setCookie: string; expiresAt: string }> {
  const answer = await call(url, '/staff/api/session', { method: 'POST', body: { token: ADMIN_TOKEN } });
  expect(answer.status).toBe(200);
  const [setCookie] = answer.cookies;
  return { cookie: setCookie.split(';')[0], csrf: answer.body.csrfToken, setCookie, expiresAt: answer.body.expiresAt };
}

describe('the staff page on the app', () => {
  let running: { app: App; url: string } | undefined;
  afterEach(async () => {
    await running?.app.close();
    running = undefined;
  });
  const start = async (env: Record<string, string> = { ADMIN_TOKEN }) => {
    running = await startApp({ DATABASE_URL: tempDatabase(), ...env });
    return running;
  };

  test('without ADMIN_TOKEN, /staff is a 404 page that says how to turn it on, and its API does not exist', async () => {
    const { url } = await start({});
    const page = await call(url, '/staff');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toMatch(/staff page is off/);
    expect(page.body).toMatch(/ADMIN_TOKEN/);
    expect((await call(url, '/staff/api/session', { method: 'POST', body: { token: ADMIN_TOKEN } })).status).toBe(404);
    expect((await call(url, '/staff/api/contact-requests')).status).toBe(404);
  });

  test('the page is ours alone: a strict policy with nothing inline, no-store, and its script and styles from the fixed list', async () => {
    const { url } = await start();
    const page = await call(url, '/staff');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.body).not.toMatch(/<script>|<style|style="|\son[a-z]+=/i);
    expect((await call(url, '/staff/staff.js')).status).toBe(200);
    expect((await call(url, '/staff/staff.css')).status).toBe(200);
    expect((await call(url, '/staff/../package.json')).status).toBe(404);
  });

  test('data routes answer 401 without a session, and with a forged, garbled or wrong kind of cookie', async () => {
    const { url } = await start();
    const routes = ['/staff/api/session', '/staff/api/contact-requests', '/staff/api/crisis-replies', '/staff/api/unanswered-questions'];
    const { cookie } = await signIn(url);
    const [head, payload] = cookie.slice('bb_staff='.length).split('.');
    const forged = `${head}.${payload}.${randomBytes(32).toString('base64url')}`;
    for (const route of routes) {
      for (const wrong of [undefined, 'bb_staff=', 'bb_staff=nonsense', `bb_staff=${forged}`, `other=${cookie.slice('bb_staff='.length)}`]) {
        const answer = await call(url, route, { cookie: wrong });
        expect([route, wrong, answer.status]).toEqual([route, wrong, 401]);
        expect(answer.headers.get('cache-control')).toBe('no-store');
      }
      expect((await call(url, route, { cookie })).status).toBe(200);
    }
    // A web chat token is signed by the same server, but it is no staff session.
    const chat = await call(url, '/api/webchat/session', { method: 'POST', body: {} });
    expect((await call(url, '/staff/api/contact-requests', { cookie: `bb_staff=${chat.body.token}` })).status).toBe(401);
  });

  test('wrong tokens are refused alike and set no cookie; the right one sets an HttpOnly, SameSite=Strict cookie with an expiry', async () => {
    const { url } = await start();
    const near = [
      '', 'x', ADMIN_TOKEN.slice(0, -1), `${ADMIN_TOKEN}x`, `${ADMIN_TOKEN.slice(0, -1)}X`, ADMIN_TOKEN.toUpperCase(), ` ${ADMIN_TOKEN}`,
    ];
    for (const token of near) {
      const answer = await call(url, '/staff/api/session', { method: 'POST', body: { token } });
      expect([token, answer.status, answer.cookies]).toEqual([token, 401, []]);
    }
    for (const body of [{}, { token: 42 }, { token: [ADMIN_TOKEN] }, [ADMIN_TOKEN]]) {
      expect((await call(url, '/staff/api/session', { method: 'POST', body })).status).toBe(401);
    }
    // The server refuses anything but JSON, so a plain HTML form on another site cannot even try.
    const form = await fetch(`${url}/staff/api/session`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${ADMIN_TOKEN}` });
    expect(form.status).toBe(415);
    expect(form.headers.getSetCookie()).toEqual([]);

    const before = Date.now();
    const { setCookie, csrf, expiresAt } = await signIn(url);
    const attributes = setCookie.split(';').map((part) => part.trim());
    expect(attributes[0]).toMatch(/^bb_staff=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/staff', 'Max-Age=28800']));
    const expires = Date.parse(attributes.find((part) => part.startsWith('Expires='))!.slice('Expires='.length));
    expect(expires).toBeGreaterThanOrEqual(before + 8 * HOUR - 2000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 8 * HOUR);
    expect(Math.abs(Date.parse(expiresAt) - expires)).toBeLessThan(1000);
    // Plain http on this machine: not Secure, or no browser would keep it from http://localhost.
    expect(attributes).not.toContain('Secure');
    expect(csrf).toMatch(/^[\w-]{43}$/);
  });

  test('the cookie is Secure when the page was reached by any other name, or through https', async () => {
    const { url } = await start();
    const { port } = new URL(url);
    const cookieFor = (headers: Record<string, string>) => new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({ token: ADMIN_TOKEN });
      const request = http.request({ host: '127.0.0.1', port, path: '/staff/api/session', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers } }, (response) => {
        response.resume();
        resolve(String(response.headers['set-cookie']?.[0] ?? ''));
      });
      request.on('error', reject);
      request.end(body);
    });
    expect(await cookieFor({ host: 'staff.example-practice.co.uk' })).toMatch(/; Secure$/);
    expect(await cookieFor({ host: `localhost:${port}`, 'x-forwarded-proto': 'https' })).toMatch(/; Secure$/);
    expect(await cookieFor({ host: `localhost:${port}` })).not.toMatch(/Secure/);
  });

  test('a change from another site, or without the session’s CSRF token, is refused 403 and changes nothing', async () => {
    const { app, url } = await start();
    const reference = await handoffThroughApp(url, 'conv-ann', ANN);
    const [request] = await app.handoff.requests.list();
    expect(request.reference).toBe(reference);
    const { cookie, csrf } = await signIn(url);
    const other = await signIn(url);
    const route = `/staff/api/contact-requests/${request.id}`;
    const change = { method: 'PATCH', body: { status: 'contacted' }, cookie };

    const refused: Array<[string, Parameters<typeof call>[2]]> = [
      ['no CSRF token', change],
      ['a wrong CSRF token', { ...change, csrf: `${csrf.slice(0, -1)}${csrf.endsWith('A') ? 'B' : 'A'}` }],
      ['another session’s CSRF token', { ...change, csrf: other.csrf }],
      ['an Origin of another site', { ...change, csrf, headers: { origin: 'https://evil.example' } }],
      ['Origin: null', { ...change, csrf, headers: { origin: 'null' } }],
      ['Sec-Fetch-Site: cross-site', { ...change, csrf, headers: { 'sec-fetch-site': 'cross-site' } }],
      ['Sec-Fetch-Site: same-site', { ...change, csrf, headers: { 'sec-fetch-site': 'same-site' } }],
    ];
    for (const [what, init] of refused) {
      const answer = await call(url, route, init);
      expect([what, answer.status]).toEqual([what, 403]);
    }
    // Signing in and out from another site are refused too.
    expect((await call(url, '/staff/api/session', { method: 'POST', body: { token: ADMIN_TOKEN }, headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await call(url, '/staff/api/session', { method: 'DELETE', cookie, csrf, headers: { 'sec-fetch-site': 'cross-site' } })).cookies).toEqual([]);
    expect((await app.handoff.requests.get(request.id))?.status).toBe('new');

    const allowed = await call(url, route, { ...change, csrf, headers: { origin: url, 'sec-fetch-site': 'same-origin' } });
    expect(allowed).toMatchObject({ status: 200, body: { id: request.id, reference, status: 'contacted' } });
    expect((await app.handoff.requests.get(request.id))?.status).toBe('contacted');
    expect((await call(url, route, { method: 'PATCH', body: { status: 'gone' }, cookie, csrf })).status).toBe(400);
    expect((await call(url, '/staff/api/contact-requests/no-such-id', { method: 'PATCH', body: { status: 'closed' }, cookie, csrf })).status).toBe(404);
    // Without a session, a change is 401 whatever it carries.
    expect((await call(url, route, { method: 'PATCH', body: { status: 'closed' }, csrf })).status).toBe(401);
  });

  test('lists requests newest first, by status, with hidden characters removed, never cached; signing out clears the cookie', async () => {
    const { app, url } = await start();
    const annRef = await handoffThroughApp(url, 'conv-ann', ANN);
    const sneaky = await app.handoff.requests.save({
      conversationKey: 'test:conv-eve', turnId: 'turn-eve',
      details: { name: 'Eve\u202E<b>evil</b>', contact: 'eve@example.com\u0007', contactKind: 'email', time: '<img src=x onerror=alert(1)>', note: 'line\u0000two' },
    });
    const { cookie, csrf } = await signIn(url);
    const listed = await call(url, '/staff/api/contact-requests', { cookie });
    expect(listed.headers.get('cache-control')).toBe('no-store');
    expect(listed.body.requests.map((request: { reference: string }) => request.reference)).toEqual([sneaky.reference, annRef]);
    // Only the characters that hide or reorder text go; the rest stays text for the page to show as text.
    expect(listed.body.requests[0]).toMatchObject({ name: 'Eve<b>evil</b>', contact: 'eve@example.com', time: '<img src=x onerror=alert(1)>', note: 'linetwo', status: 'new' });
    expect(listed.body.requests[1]).toMatchObject({ name: 'Ann Smith', contact: 'ann@example.com', contactKind: 'email', time: 'mornings', note: 'after 5' });

    await call(url, `/staff/api/contact-requests/${sneaky.id}`, { method: 'PATCH', body: { status: 'closed' }, cookie, csrf });
    const refs = async (status: string) => (await call(url, `/staff/api/contact-requests?status=${status}`, { cookie })).body.requests.map((request: { reference: string }) => request.reference);
    expect(await refs('new')).toEqual([annRef]);
    expect(await refs('closed')).toEqual([sneaky.reference]);
    expect(await refs('contacted')).toEqual([]);
    expect((await call(url, '/staff/api/contact-requests?status=lost', { cookie })).status).toBe(400);

    const out = await call(url, '/staff/api/session', { method: 'DELETE', cookie, csrf });
    expect(out.status).toBe(204);
    expect(out.cookies[0]).toMatch(/^bb_staff=; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=0; /);
    // The bearer API is untouched by all of this.
    const bearer = await fetch(`${url}/api/contact-requests?status=closed`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(((await bearer.json()) as { requests: Array<{ name: string }> }).requests[0].name).toBe('Eve\u202E<b>evil</b>');
  });

  test('crisis replies come as counts per day and kind, never text', async () => {
    const { app, url } = await start();
    const tally = new CrisisTally(app.db);
    await tally.record({ region: 'GB', harm: 'selfHarm', tier: 'clear' }, 'turn-1');
    await tally.record({ region: 'US', harm: 'selfHarm', tier: 'checkIn' }, 'turn-2');
    await tally.record({ region: 'GB', harm: 'suicidal', tier: 'clear' }, 'turn-3');
    const { cookie } = await signIn(url);
    const answer = await call(url, '/staff/api/crisis-replies', { cookie });
    expect(answer.body.kinds).toEqual(['suicidal', 'selfHarm', 'planOrMeans', 'harmedByOthers', 'childAtRisk', 'harmToOthers']);
    expect(answer.body.days).toHaveLength(14);
    expect(answer.body.days[0]).toEqual({ day: new Date().toISOString().slice(0, 10), counts: { suicidal: 1, selfHarm: 2, planOrMeans: 0, harmedByOthers: 0, childAtRisk: 0, harmToOthers: 0 } });
    expect(answer.body.days.slice(1).every((day: { counts: Record<string, number> }) => Object.values(day.counts).every((count) => count === 0))).toBe(true);
  });
});

describe('staff sessions on an injected clock, and the unanswered questions', () => {
  let server: restify.Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function startStaffPage(now: () => number, { unanswered, serverSecret = randomBytes(32), adminToken = ADMIN_TOKEN }: { unanswered?: UnansweredQuestionList; serverSecret?: Buffer; adminToken?: string } = {}): Promise<string> {
    const db = await openMemoryDb();
    server = restify.createServer();
    server.use(restify.plugins.jsonBodyParser());
    registerStaffPage(server, { adminToken, requests: new ContactRequestStore(db, []), tally: new CrisisTally(db), serverSecret, sessionHours: 8, now, unanswered });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  test('a session works until its eighth hour is up, then answers 401, for reading and for changes', async () => {
    let clock = Date.parse('2025-03-01T09:00:00Z');
    const url = await startStaffPage(() => clock);
    const { cookie, csrf, expiresAt } = await signIn(url);
    expect(expiresAt).toBe('2025-03-01T17:00:00.000Z');
    clock += 8 * HOUR - 1000;
    expect((await call(url, '/staff/api/contact-requests', { cookie })).status).toBe(200);
    clock += 1000;
    expect((await call(url, '/staff/api/contact-requests', { cookie })).status).toBe(401);
    expect((await call(url, '/staff/api/session', { cookie })).status).toBe(401);
    expect((await call(url, '/staff/api/contact-requests/x', { method: 'PATCH', body: { status: 'closed' }, cookie, csrf })).status).toBe(401);
    // A fresh sign-in works again.
    expect((await call(url, '/staff/api/session', { cookie: (await signIn(url)).cookie })).status).toBe(200);
  });

  test('another instance with the same secret and token takes the session; a new ADMIN_TOKEN or another secret ends it', async () => {
    const serverSecret = randomBytes(32);
    const { cookie } = await signIn(await startStaffPage(Date.now, { serverSecret }));
    const elsewhere = async (options: { serverSecret: Buffer; adminToken?: string }) => {
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      return (await call(await startStaffPage(Date.now, options), '/staff/api/contact-requests', { cookie })).status;
    };
    expect(await elsewhere({ serverSecret })).toBe(200);
    expect(await elsewhere({ serverSecret, adminToken: 'a-new-staff-token-0123456789' })).toBe(401);
    expect(await elsewhere({ serverSecret: randomBytes(32) })).toBe(401);
  });

  test('the unanswered questions are listed newest first, hidden characters removed, when a list is given', async () => {
    const questions = [
      { id: 'q1', text: 'can my dog help me bounce back?', askedAt: Date.parse('2025-03-01T10:00:00Z') },
      { id: 'q2', text: 'what about\u202E <script>alert(1)</script>', askedAt: Date.parse('2025-03-02T10:00:00Z') },
    ];
    const list: UnansweredQuestionList = { list: async () => questions };
    const url = await startStaffPage(Date.now, { unanswered: list });
    const { cookie } = await signIn(url);
    const answer = await call(url, '/staff/api/unanswered-questions', { cookie });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({
      enabled: true,
      questions: [
        { id: 'q2', text: 'what about <script>alert(1)</script>', askedAt: '2025-03-02T10:00:00.000Z' },
        { id: 'q1', text: 'can my dog help me bounce back?', askedAt: '2025-03-01T10:00:00.000Z' },
      ],
    });
  });

  test('without a list, the section says it is off', async () => {
    const url = await startStaffPage(Date.now);
    const { cookie } = await signIn(url);
    expect((await call(url, '/staff/api/unanswered-questions', { cookie })).body).toEqual({ enabled: false, questions: [] });
  });
});
