import { PostgresDb } from '../../src/storage/postgresDb';
import { createTestSchema, describePostgres, type TestSchema } from '../helpers/postgres';

describePostgres('PostgresDb', () => {
  let schema: TestSchema;
  let db: PostgresDb;

  beforeAll(async () => {
    schema = await createTestSchema();
    db = schema.connect({ poolSize: 4 });
    await db.run('CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT NOT NULL, big BIGINT)');
  });

  beforeEach(async () => {
    await db.run('DELETE FROM things');
  });

  afterAll(async () => {
    await schema.dispose();
  });

  it('says it is the postgres engine', () => {
    expect(db.engine).toBe('postgres');
  });

  it('binds $n parameters in any order and reuses them', async () => {
    await db.run('INSERT INTO things (id, label) VALUES ($2, $1)', ['second', 2]);
    const row = await db.get<{ label: string; same: boolean }>('SELECT label, $1::text = label AS same FROM things WHERE id = $2', ['second', 2]);
    expect(row).toEqual({ label: 'second', same: true });
  });

  it('returns undefined from get and [] from all when nothing matches', async () => {
    expect(await db.get('SELECT * FROM things WHERE id = $1', [99])).toBeUndefined();
    expect(await db.all('SELECT * FROM things')).toEqual([]);
  });

  it('reports how many rows a statement changed', async () => {
    await db.run('INSERT INTO things (id, label) VALUES (1, $1), (2, $1), (3, $2)', ['a', 'b']);
    expect(await db.run('UPDATE things SET label = $1 WHERE label = $2', ['c', 'a'])).toEqual({ changes: 2 });
    expect(await db.run('DELETE FROM things WHERE id = $1', [42])).toEqual({ changes: 0 });
  });

  it('reads BIGINT and COUNT(*) as numbers, as SQLite does', async () => {
    const millis = 1_767_225_600_123;
    await db.run('INSERT INTO things (id, label, big) VALUES (1, $1, $2)', ['t', millis]);
    const row = await db.get<{ big: unknown; n: unknown }>('SELECT big, (SELECT COUNT(*) FROM things) AS n FROM things');
    expect(row).toEqual({ big: millis, n: 1 });
  });

  it('refuses a BIGINT that would lose digits as a number', async () => {
    await expect(db.get("SELECT '9007199254740993'::bigint AS big")).rejects.toThrow(RangeError);
  });

  it('does not change how other pg clients in the process read BIGINT', async () => {
    const pg = await import('pg');
    expect(pg.types.getTypeParser(20, 'text')('12')).toBe('12');
  });

  it('commits a transaction and returns what fn returned', async () => {
    const result = await db.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, label) VALUES (1, $1)', ['kept']);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await db.all('SELECT label FROM things')).toEqual([{ label: 'kept' }]);
  });

  it('rolls a transaction back when fn throws, and rethrows', async () => {
    const failing = db.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, label) VALUES (1, $1)', ['gone']);
      throw new Error('changed my mind');
    });
    await expect(failing).rejects.toThrow('changed my mind');
    expect(await db.all('SELECT * FROM things')).toEqual([]);
  });

  it('rolls back a transaction whose SQL fails, and the pool keeps working', async () => {
    const failing = db.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, label) VALUES (1, $1)', ['first']);
      await tx.run('INSERT INTO things (id, label) VALUES (1, $1)', ['duplicate']);
    });
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    // More transactions than connections: a client left mid-transaction would leak into one of these.
    await Promise.all([1, 2, 3, 4, 5, 6].map((id) => db.transaction((tx) => tx.run('INSERT INTO things (id, label) VALUES ($1, $2)', [id, 'ok']))));
    expect(await db.get('SELECT COUNT(*) AS n FROM things')).toEqual({ n: 6 });
  });

  it('runs a nested transaction inside the outer one, on the same connection', async () => {
    const failing = db.transaction(async (outer) => {
      const outerPid = await outer.get<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const innerPid = await outer.transaction(async (inner) => {
        await inner.run('INSERT INTO things (id, label) VALUES (1, $1)', ['inner']);
        return inner.get<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      });
      expect(innerPid).toEqual(outerPid);
      throw new Error('outer fails');
    });
    await expect(failing).rejects.toThrow('outer fails');
    // The inner write belonged to the outer transaction, so it went with it.
    expect(await db.all('SELECT * FROM things')).toEqual([]);
  });

  it('keeps concurrent transactions apart, each on its own connection', async () => {
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => { releaseFirst = resolve; });
    const first = db.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, label) VALUES (1, $1)', ['first']);
      await firstMayCommit;
      return tx.get<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    });
    const second = await db.transaction(async (tx) => {
      // The first transaction has not committed, so its row is invisible here.
      const seen = await tx.all('SELECT * FROM things');
      const pid = await tx.get<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      return { seen, pid };
    });
    releaseFirst();
    const firstPid = await first;
    expect(second.seen).toEqual([]);
    expect(second.pid).not.toEqual(firstPid);
    expect(await db.all('SELECT label FROM things')).toEqual([{ label: 'first' }]);
  });

  it('answers ping while the database is up, and false once closed', async () => {
    const other = schema.connect({ poolSize: 1 });
    expect(await other.ping()).toBe(true);
    await other.close();
    expect(await other.ping()).toBe(false);
  });
});
