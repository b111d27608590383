import { createLogger } from '../../src/logger';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { DatabaseUnavailableError } from '../../src/storage/databaseUnavailable';
import { migrate } from '../../src/storage/migrations';
import { PostgresDb } from '../../src/storage/postgresDb';
import { StateStore } from '../../src/storage/stateStore';
import { createTestSchema, describePostgres, POSTGRES_URL, recordingLogger, terminateConnections, type TestSchema } from '../helpers/postgres';
import { TcpProxy } from '../scale/tcpProxy';

/** Retries attempt() until it succeeds or the deadline passes; a pool learns of a killed idle connection only when its socket is next read. */
async function eventually<T>(attempt: () => Promise<T>, deadlineMs = 5000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Four queries at once, so the pool opens (and then holds idle) four connections. */
async function warm(db: PostgresDb): Promise<void> {
  await Promise.all([1, 2, 3, 4].map(() => db.get('SELECT pg_sleep(0.05)')));
}

// Each case opens its own pool: a kill in one case must never reach the next through a connection it left behind.
describePostgres('PostgresDb when connections are lost', () => {
  let schema: TestSchema;

  beforeAll(async () => {
    schema = await createTestSchema();
    await migrate(schema.connect({ poolSize: 1 }), ALL_MIGRATIONS);
  });

  afterAll(async () => {
    await schema.dispose();
  });

  it('fails an in-flight query with DatabaseUnavailableError when its connection is killed', async () => {
    const db = schema.connect({ poolSize: 4 });
    // Caught at once: it rejects while the test is still busy killing it.
    const inFlight = db.get('SELECT pg_sleep(30)').catch((caught: unknown) => caught);
    // Wait until the server is running it, so the kill lands mid-query.
    while ((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'"))?.n !== 1);
    await terminateConnections(schema);
    const error = await inFlight;
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error).toMatchObject({ reason: '57P01' });
  });

  it('fails queries that arrive during the kill cleanly, and serves normally once the losses are noticed', async () => {
    const db = schema.connect({ poolSize: 4 });
    const store = new StateStore(db);
    await Promise.all([1, 2, 3, 4].map((n) => store.save(`outage/${n}`, { n }, null)));
    // Traffic keeps arriving, a batch at a time, until the kill is over.
    let killing = true;
    const outcomes: PromiseSettledResult<unknown>[] = [];
    const traffic = (async () => {
      while (killing) outcomes.push(...(await Promise.allSettled([1, 2, 3, 4].map((n) => store.load(`outage/${n}`)))));
    })();
    const killed = await terminateConnections(schema);
    killing = false;
    await traffic;

    expect(killed).toBeGreaterThan(0);
    const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(failures.filter((reason) => !(reason instanceof DatabaseUnavailableError))).toEqual([]);

    // Recovered: every conversation reads and writes again, through fresh connections.
    const after = await eventually(() => Promise.all([1, 2, 3, 4].map((n) => store.load<{ n: number }>(`outage/${n}`))));
    expect(after.map((found) => found?.doc)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    await store.save('outage/1', { n: 10 }, after[0]!.eTag);
    expect(await db.ping()).toBe(true);
  });

  it('logs each idle connection it loses, without what any query carried, and replaces it', async () => {
    const { logger, lines } = recordingLogger();
    const db = schema.connect({ poolSize: 4, logger });
    await warm(db);
    // Earlier cases' pools may still hold connections of their own; they are killed too.
    expect(await terminateConnections(schema)).toBeGreaterThanOrEqual(4);

    const lost = await eventually(async () => {
      const found = lines.filter((line) => line.event === 'db.connection.lost');
      if (found.length < 4) throw new Error(`${found.length} of 4 losses logged so far`);
      return found;
    });
    expect(lost[0]).toMatchObject({ code: '57P01', level: 40 });
    expect(JSON.stringify(lines)).not.toContain('pg_sleep');
    expect(await db.get<{ one: number }>('SELECT 1 AS one')).toEqual({ one: 1 });
  });

  it('fails a transaction as unavailable, never crashing, when a kill arrives in the same chunk as the end of the query before it', async () => {
    const target = new URL(POSTGRES_URL);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) }, { coalesceMs: 300 });
    const url = `postgres://${target.username}@127.0.0.1:${await proxy.start()}${target.pathname}`;
    const db = PostgresDb.connect({ connectionString: url, poolSize: 1, logger: createLogger('silent'), applicationName: schema.name, options: `-c search_path=${schema.name}` });
    try {
      await db.get('SELECT 1');
      const before = db.get('SELECT pg_sleep(0.1)');
      // Waits for the pool's one connection, which `before` holds.
      const transaction = db.transaction((tx) => tx.get('SELECT 1')).catch((caught: unknown) => caught);
      // The server has sent `before`'s end; the proxy still holds it, and the kill's FATAL message joins it.
      await new Promise((resolve) => setTimeout(resolve, 150));
      await terminateConnections(schema);
      await before;
      expect(await transaction).toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await db.close();
      await proxy.stop();
    }
  });

  it('reports a server with nothing listening as unavailable', async () => {
    const nowhere = PostgresDb.connect({ connectionString: 'postgres://postgres@127.0.0.1:1/test', poolSize: 1, logger: createLogger('silent') });
    await expect(nowhere.get('SELECT 1')).rejects.toMatchObject({ name: 'DatabaseUnavailableError', reason: 'ECONNREFUSED' });
    await expect(nowhere.transaction(async () => 'never')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(await nowhere.ping()).toBe(false);
    await nowhere.close();
  });

  it('keeps SQL mistakes as they are: only connection trouble is unavailability', async () => {
    const db = schema.connect({ poolSize: 1 });
    await expect(db.get('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
    await expect(db.get('SELECT * FROM no_such_table')).rejects.not.toBeInstanceOf(DatabaseUnavailableError);
  });
});
