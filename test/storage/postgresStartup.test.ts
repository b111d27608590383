import { DatabaseUnavailableError } from '../../src/storage/databaseUnavailable';
import { openDb } from '../../src/storage/openDb';
import { PostgresDb } from '../../src/storage/postgresDb';
import { DatabaseStartupError, waitForDb } from '../../src/storage/waitForDb';
import { createTestSchema, describePostgres, POSTGRES_URL, recordingLogger } from '../helpers/postgres';

describe('waitForDb', () => {
  function fakeClock() {
    let now = 0;
    const pauses: number[] = [];
    return { pauses, now: () => now, sleep: async (ms: number) => { pauses.push(ms); now += ms; } };
  }

  it('retries while the database is unavailable, pausing longer each time, and logs the wait once', async () => {
    const clock = fakeClock();
    const { logger, lines } = recordingLogger();
    let calls = 0;
    const value = await waitForDb(async () => {
      calls += 1;
      if (calls < 5) throw new DatabaseUnavailableError('ECONNREFUSED');
      return 'open';
    }, { timeoutSeconds: 30, logger, ...clock });
    expect(value).toBe('open');
    expect(clock.pauses).toEqual([250, 500, 1000, 2000]);
    expect(lines.filter((line) => line.event === 'db.waiting')).toEqual([expect.objectContaining({ reason: 'ECONNREFUSED', timeoutSeconds: 30 })]);
  });

  it('gives up after the timeout with one line naming the reason', async () => {
    const clock = fakeClock();
    const waiting = waitForDb(async () => { throw new DatabaseUnavailableError('ECONNREFUSED'); }, { timeoutSeconds: 3, logger: recordingLogger().logger, ...clock });
    await expect(waiting).rejects.toThrow(DatabaseStartupError);
    await expect(waiting).rejects.toThrow('The database was still unavailable after 3s (ECONNREFUSED): check DATABASE_URL and that the database is running.');
    expect(clock.now()).toBe(3000);
  });

  it('does not wait on errors that waiting cannot fix', async () => {
    const clock = fakeClock();
    const waiting = waitForDb(async () => { throw new Error('password authentication failed'); }, { timeoutSeconds: 30, logger: recordingLogger().logger, ...clock });
    await expect(waiting).rejects.toThrow('password authentication failed');
    expect(clock.pauses).toEqual([]);
  });
});

describePostgres('openDb with a postgres:// URL', () => {
  it('opens a PostgresDb, migrated, for postgres:// and postgresql:// alike', async () => {
    const schema = await createTestSchema();
    // A connection string can carry server options too: this one keeps the test inside its own schema.
    const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema.name}`)}`;
    try {
      for (const variant of [url, url.replace(/^postgres:/, 'postgresql:')]) {
        const db = await openDb(variant, { poolSize: 2, logger: recordingLogger().logger });
        expect(db).toBeInstanceOf(PostgresDb);
        expect(await db.get(`SELECT to_regclass('${schema.name}.conversation_state') IS NOT NULL AS migrated`)).toEqual({ migrated: true });
        await db.close();
      }
    } finally {
      await schema.dispose();
    }
  });

  it('gives up with DatabaseStartupError when nothing listens, after logging that it is waiting', async () => {
    const { logger, lines } = recordingLogger();
    const opening = openDb('postgres://postgres@127.0.0.1:1/test', { startupTimeoutSeconds: 1, logger });
    await expect(opening).rejects.toThrow(new DatabaseStartupError('The database was still unavailable after 1s (ECONNREFUSED): check DATABASE_URL and that the database is running.'));
    expect(lines.some((line) => line.event === 'db.waiting')).toBe(true);
  });

  it('fails at once, without waiting, for a database that does not exist', async () => {
    const { logger, lines } = recordingLogger();
    const missing = POSTGRES_URL.replace(/\/[^/]*$/, '/no_such_database_here');
    await expect(openDb(missing, { startupTimeoutSeconds: 30, logger })).rejects.toMatchObject({ code: '3D000' });
    expect(lines.some((line) => line.event === 'db.waiting')).toBe(false);
  });
});
