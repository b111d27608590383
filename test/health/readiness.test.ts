import restify from 'restify';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { readinessHandler } from '../../src/health/readiness';
import { createTestSchema, describePostgres, POSTGRES_URL, recordingLogger, terminateConnections, type TestSchema } from '../helpers/postgres';

async function readyz(base: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${base}/readyz`);
  return { status: response.status, body: await response.json() };
}

describe('readinessHandler', () => {
  async function serve(ping: () => Promise<boolean>): Promise<{ base: string; close: () => void }> {
    const server = restify.createServer();
    server.get('/readyz', readinessHandler({ ping }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
  }

  it.each([
    [true, 200, { status: 'ready' }],
    [false, 503, { status: 'unavailable' }],
  ])('answers ping() = %s with %i', async (answer, status, body) => {
    const { base, close } = await serve(async () => answer);
    try {
      expect(await readyz(base)).toEqual({ status, body });
    } finally {
      close();
    }
  });
});

describePostgres('the app on PostgreSQL when its database comes and goes', () => {
  let schema: TestSchema;
  let app: App;
  let base: string;
  const { logger, lines } = recordingLogger();

  beforeAll(async () => {
    schema = await createTestSchema();
    const url = `${POSTGRES_URL}?application_name=${schema.name}&options=${encodeURIComponent(`-c search_path=${schema.name}`)}`;
    app = await createApp(loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '3' }), logger);
    base = await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await schema.dispose();
  });

  function say(text: string, conversation = 'readiness'): Promise<Response> {
    return fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `${Math.random()}`, text, channelId: 'test', serviceUrl: 'http://127.0.0.1:9', deliveryMode: 'expectReplies',
        conversation: { id: conversation }, from: { id: 'person' }, recipient: { id: 'bot' },
      }),
    });
  }

  it('is ready, and answers turns, while PostgreSQL is up', async () => {
    expect(await readyz(base)).toEqual({ status: 200, body: { status: 'ready' } });
    const turn = await say('hello');
    expect(turn.status).toBe(200);
    expect(((await turn.json()) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    expect(await app.store.load('test/readiness')).toBeDefined();
  });

  it('answers turns again once its killed connections are replaced', async () => {
    expect(await terminateConnections(schema)).toBeGreaterThan(0);
    const during = await Promise.all([say('one', 'a'), say('two', 'b'), say('three', 'c')]);
    expect(during.every((response) => response.status === 200 || response.status === 503)).toBe(true);
    while (!(await app.db.ping()));
    expect((await say('after', 'd')).status).toBe(200);
  });

  it('answers 503 to turns and to /readyz once the database is gone, logs why, and stays up', async () => {
    await app.db.close();
    const turn = await say('hello again');
    expect(turn.status).toBe(503);
    expect(turn.headers.get('retry-after')).toBe('5');
    expect(await turn.json()).toEqual({ status: 'unavailable' });
    expect(await readyz(base)).toEqual({ status: 503, body: { status: 'unavailable' } });
    expect(lines).toContainEqual(expect.objectContaining({ event: 'turn.database_unavailable', reason: expect.any(String) }));
    expect(lines.some((line) => line.event === 'turn.failed')).toBe(false);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
