import type { App } from '../../src/app';
import { ADMIN_TOKEN, handoffThroughApp, startApp, tempDatabase } from '../handoff/appClient';

const ANN = { name: 'Ann Smith', contact: 'ann@example.com', time: 'mornings', note: 'after 5' };
const BEN = { name: 'Ben Jones', contact: '07911 123456', time: 'evenings', note: 'No note' };

async function api(url: string, route: string, init: RequestInit = {}, token: string | null = ADMIN_TOKEN): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${url}${route}`, { ...init, headers });
  return { status: response.status, body: await response.json() };
}

describe('staff API over HTTP', () => {
  let running: App | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  test('a request made in chat is listed after an app restart on the same SQLite file, and its status can be changed', async () => {
    const database = tempDatabase();
    const first = await startApp({ DATABASE_URL: database, ADMIN_TOKEN });
    running = first.app;
    const annRef = await handoffThroughApp(first.url, 'conv-ann', ANN);
    const benRef = await handoffThroughApp(first.url, 'conv-ben', BEN);
    await first.app.close();

    const second = await startApp({ DATABASE_URL: database, ADMIN_TOKEN });
    running = second.app;
    const { url } = second;
    const listed = await api(url, '/api/contact-requests');
    expect(listed.status).toBe(200);
    expect(listed.body.requests.map((request: { reference: string }) => request.reference)).toEqual([benRef, annRef]);
    expect(listed.body.requests[1]).toMatchObject({ name: 'Ann Smith', contact: 'ann@example.com', contactKind: 'email', time: 'mornings', note: 'after 5', status: 'new' });
    expect(listed.body.requests[0]).toMatchObject({ contact: '+447911123456', contactKind: 'phone' });

    const annId = listed.body.requests[1].id as string;
    const patched = await api(url, `/api/contact-requests/${annId}`, { method: 'PATCH', body: JSON.stringify({ status: 'contacted' }) });
    expect(patched).toMatchObject({ status: 200, body: { id: annId, status: 'contacted' } });
    const contacted = await api(url, '/api/contact-requests?status=contacted');
    expect(contacted.body.requests.map((request: { reference: string }) => request.reference)).toEqual([annRef]);
    expect((await api(url, '/api/contact-requests?status=new')).body.requests.map((request: { reference: string }) => request.reference)).toEqual([benRef]);
  });

  test('401 without the token or with a wrong one; 400 for a bad status; 404 for an unknown id', async () => {
    const started = await startApp({ DATABASE_URL: tempDatabase(), ADMIN_TOKEN });
    running = started.app;
    const { url } = started;
    expect((await api(url, '/api/contact-requests', {}, null)).status).toBe(401);
    expect((await api(url, '/api/contact-requests', {}, 'staff-token-0123456789abcdeX')).status).toBe(401);
    expect((await api(url, '/api/crisis-stats', {}, null)).status).toBe(401);
    expect((await api(url, '/api/contact-requests/x', { method: 'PATCH', body: JSON.stringify({ status: 'closed' }) }, null)).status).toBe(401);
    expect((await api(url, '/api/contact-requests?status=lost')).status).toBe(400);

    const reference = await handoffThroughApp(url, 'conv-ann', ANN);
    const [request] = (await api(url, '/api/contact-requests')).body.requests;
    expect(request.reference).toBe(reference);
    expect((await api(url, `/api/contact-requests/${request.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'deleted' }) })).status).toBe(400);
    expect((await api(url, `/api/contact-requests/${request.id}`, { method: 'PATCH', body: JSON.stringify({}) })).status).toBe(400);
    expect((await api(url, '/api/contact-requests/no-such-id', { method: 'PATCH', body: JSON.stringify({ status: 'closed' }) })).status).toBe(404);
    expect((await api(url, `/api/contact-requests/${request.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'closed' }) })).body.status).toBe('closed');

    const stats = await api(url, '/api/crisis-stats');
    expect(stats).toEqual({ status: 200, body: { counts: [] } });
  });

  test('without ADMIN_TOKEN the staff API does not exist', async () => {
    const started = await startApp({ DATABASE_URL: tempDatabase() });
    running = started.app;
    expect((await api(started.url, '/api/contact-requests')).status).toBe(404);
    expect((await api(started.url, '/api/crisis-stats')).status).toBe(404);
  });
});
