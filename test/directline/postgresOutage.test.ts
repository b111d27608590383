import pg from 'pg';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { words } from '../../src/content/copy';
import { createTestSchema, describePostgres, POSTGRES_URL, recordingLogger, terminateConnections, type TestSchema } from '../helpers/postgres';
import { appDatabaseUrl, TOKEN_SECRET } from '../scale/support';
import { Chat, type Seen } from '../scale/directLineChat';
import { TcpProxy } from '../scale/tcpProxy';

const helpReply = (activity: Seen): boolean => activity.from.role === 'bot' && (activity.text ?? '').includes(words('help.canDo'));

// The app reaches PostgreSQL through a proxy the test can cut: a real outage and recovery, for this app only.
describePostgres('the embedded Direct Line when PostgreSQL goes away and comes back', () => {
  let schema: TestSchema;
  let proxy: TcpProxy;
  let app: App;
  let base: string;
  const { logger, lines } = recordingLogger();

  beforeAll(async () => {
    schema = await createTestSchema();
    const target = new URL(POSTGRES_URL);
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const port = await proxy.start();
    const config = loadConfig({ DATABASE_URL: appDatabaseUrl(schema, port), DATABASE_POOL_SIZE: '3', DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET, LOG_LEVEL: 'info' });
    app = await createApp(config, logger);
    base = await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await proxy.stop();
    await schema.dispose();
  });

  const backUp = async (): Promise<void> => {
    proxy.restore();
    while (!(await app.db.ping()));
  };

  it('answers Direct Line requests 503 while the database is down, then serves the same conversation and stream again', async () => {
    const chat = await Chat.start(base);
    proxy.drop();
    const posted = await chat.post('help');
    expect(posted.status).toBe(503);
    expect(posted.headers.get('retry-after')).toBeTruthy();
    expect(await posted.json()).toEqual({ error: { code: 'ServiceUnavailable', message: expect.any(String) } });
    expect((await chat.call('GET', `/conversations/${chat.conversationId}/activities`)).status).toBe(503);
    expect((await Chat.start(base).catch((error: Error) => error))).toBeInstanceOf(Error);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await backUp();
    expect((await chat.post('help')).status).toBe(200);
    await chat.waitFor(helpReply, 'the help reply after the outage');
    chat.expectInOrder();
    chat.close();
    // The listener noticed its connection go, and came back.
    await waitForLine('directline.listener.reconnected');
  });

  it('answers 503, not an apology it cannot store, when the database goes away in the middle of a turn', async () => {
    const chat = await Chat.start(base);
    // Hold the turn at its state read: a lock on conversation_state, taken outside the proxy.
    const locker = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema.name}` });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE conversation_state IN ACCESS EXCLUSIVE MODE');
    const posting = chat.post('help');
    const waiting = "SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'";
    while ((await locker.query<{ n: number }>(waiting, [schema.name])).rows[0].n === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    proxy.drop();
    const posted = await posting;
    await locker.query('ROLLBACK');
    await locker.end();
    expect(posted.status).toBe(503);

    await backUp();
    const transcript = (await (await chat.call('GET', `/conversations/${chat.conversationId}/activities`)).json()) as { activities: Seen[] };
    // The person's message was stored before the outage; no "something went wrong" was made for it.
    expect(transcript.activities.map((activity) => activity.text)).toContain('help');
    expect(transcript.activities.map((activity) => activity.text)).not.toContain(words('global.somethingWrong'));
    expect((await chat.post('help')).status).toBe(200);
    await chat.waitFor(helpReply, 'the help reply after the outage');
    chat.close();
  });

  it('survives connections killed with pg_terminate_backend while posts arrive: 200 or 503 meanwhile, normal service after', async () => {
    const chat = await Chat.start(base);
    const during = Promise.all(['one', 'two', 'three', 'four'].map((text) => chat.post(text)));
    expect(await terminateConnections(schema)).toBeGreaterThan(0);
    expect((await during).map((response) => response.status).filter((status) => status !== 200 && status !== 503)).toEqual([]);
    while (!(await app.db.ping()));
    expect((await chat.post('help')).status).toBe(200);
    await chat.waitFor(helpReply, 'the help reply after the kill');
    chat.expectInOrder();
    chat.close();
    expect(lines.filter((line) => line.level === 50 && line.event !== 'directline.turn.failed')).toEqual([]);
  });

  async function waitForLine(event: string): Promise<void> {
    for (const deadline = Date.now() + 10_000; !lines.some((line) => line.event === event); await new Promise((resolve) => setTimeout(resolve, 20))) {
      if (Date.now() > deadline) throw new Error(`never logged ${event}`);
    }
  }
});
