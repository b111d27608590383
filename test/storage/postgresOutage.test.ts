import { createLogger } from '../../src/logger';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { DatabaseUnavailableError } from '../../src/storage/databaseUnavailable';
import { migrate } from '../../src/storage/migrations';
import { PostgresDb } from '../../src/storage/postgresDb';
import { StateStore } from '../../src/storage/stateStore';
import { createTestSchema, describePostgres, recordingLogger, terminateConnections, type TestSchema } from '../helpers/postgres';

describePostgres('PostgresDb when connections are lost', () => {
  let schema: TestSchema;
  let db: PostgresDb;
  let store: StateStore;
  const { logger, lines } = recordingLogger();

  beforeAll(async () => {
    schema = await createTestSchema();
    db = schema.connect({ poolSize: 4, logger });
    await migrate(db, ALL_MIGRATIONS);
    store = new StateStore(db);
  });

  afterAll(async () => {
    await schema.dispose();
  });

  it('fails an in-flight query with DatabaseUnavailableError when its connection is killed', async () => {
    // Caught at once: it rejects while the test is still busy killing it.
    const inFlight = db.get('SELECT pg_sleep(30)').catch((caught: unknown) => caught);
    // Wait until the server is running it, so the kill lands mid-query.
    while ((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'"))?.n !== 1);
    await terminateConnections(schema);
    const error = await inFlight;
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error).toMatchObject({ reason: '57P01' });
  });

  it('fails queries that arrive during the kill cleanly, logs lost idle connections, and serves normally afterwards', async () => {
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
    const after = await Promise.all([1, 2, 3, 4].map((n) => store.load<{ n: number }>(`outage/${n}`)));
    expect(after.map((found) => found?.doc)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    await store.save('outage/1', { n: 10 }, after[0]!.eTag);
    expect(await db.ping()).toBe(true);
  });

  it('reports a server with nothing listening as unavailable', async () => {
    const nowhere = PostgresDb.connect({ connectionString: 'postgres://postgres@127.0.0.1:1/test', poolSize: 1, logger: createLogger('silent') });
    await expect(nowhere.get('SELECT 1')).rejects.toMatchObject({ name: 'DatabaseUnavailableError', reason: 'ECONNREFUSED' });
    await expect(nowhere.transaction(async () => 'never')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(await nowhere.ping()).toBe(false);
    await nowhere.close();
  });

  it('keeps SQL mistakes as they are: only connection trouble is unavailability', async () => {
    await expect(db.get('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
    await expect(db.get('SELECT * FROM no_such_table')).rejects.not.toBeInstanceOf(DatabaseUnavailableError);
  });

  it('logged each idle connection it lost, without what any query carried', () => {
    const lost = lines.filter((line) => line.event === 'db.connection.lost');
    expect(lost.length).toBeGreaterThan(0);
    expect(lost[0]).toMatchObject({ code: '57P01', level: 40 });
  });
});
