import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { ConflictError, type Db } from '../../src/storage/db';
import { migrate, type Migration } from '../../src/storage/migrations';
import { StateStore } from '../../src/storage/stateStore';

/**
 * The storage contract every engine must keep. Each engine gets one small file that calls this with a way to open
 * an empty database; the suite migrates it itself, so migrations are tested on every engine too.
 */
export function describeStorageEngine(name: string, openFreshDb: () => Promise<Db>): void {
  describe(`storage on ${name}`, () => {
    let db: Db;
    let clock: number;
    let store: StateStore;

    beforeEach(async () => {
      db = await openFreshDb();
      await migrate(db, ALL_MIGRATIONS, () => 1);
      clock = 1_000_000;
      store = new StateStore(db, () => clock);
    });

    afterEach(async () => {
      await db.close();
    });

    describe('migrations', () => {
      it('are idempotent: running them again applies nothing', async () => {
        expect(await migrate(db, ALL_MIGRATIONS)).toEqual([]);
        const rows = await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        expect(rows.map((row) => Number(row.version))).toEqual(ALL_MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
      });

      it('apply only what is new, in version order', async () => {
        const added: Migration[] = [
          { version: 9001, name: 'second', statements: ['INSERT INTO suite_probe (n) VALUES (2)'] },
          { version: 9000, name: 'first', statements: ['CREATE TABLE suite_probe (n INTEGER NOT NULL)', 'INSERT INTO suite_probe (n) VALUES (1)'] },
        ];
        expect(await migrate(db, [...ALL_MIGRATIONS, ...added])).toEqual([9000, 9001]);
        expect(await migrate(db, [...ALL_MIGRATIONS, ...added])).toEqual([]);
        expect((await db.all<{ n: number }>('SELECT n FROM suite_probe ORDER BY n')).map((row) => Number(row.n))).toEqual([1, 2]);
      });

      it('leave nothing behind when a migration fails part-way', async () => {
        const broken: Migration = { version: 9100, name: 'broken', statements: ['CREATE TABLE half_made (n INTEGER)', 'THIS IS NOT SQL'] };
        // Driver errors are checked by message: a native driver's error class may come from another realm under jest.
        await expect(migrate(db, [...ALL_MIGRATIONS, broken])).rejects.toHaveProperty('message', expect.stringMatching(/syntax/i));
        expect(await db.get('SELECT version FROM schema_migrations WHERE version = $1', [9100])).toBeUndefined();
        await expect(db.all('SELECT n FROM half_made')).rejects.toHaveProperty('message', expect.stringMatching(/half_made/));
      });
    });

    describe('transactions', () => {
      it('commit what fn did when it resolves', async () => {
        await db.transaction(async (tx) => {
          await tx.run('INSERT INTO conversation_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4)', ['t/1', '{}', 'e', 1]);
        });
        expect(await store.load('t/1')).toEqual({ doc: {}, eTag: 'e' });
      });

      it('roll back everything fn did when it throws, and rethrow', async () => {
        const failure = new Error('boom');
        await expect(db.transaction(async (tx) => {
          await tx.run('INSERT INTO conversation_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4)', ['t/2', '{}', 'e', 1]);
          throw failure;
        })).rejects.toBe(failure);
        expect(await store.load('t/2')).toBeUndefined();
        // The database is usable afterwards.
        await store.save('t/3', { ok: true }, null);
        expect((await store.load('t/3'))?.doc).toEqual({ ok: true });
      });

      it('join an open transaction when nested', async () => {
        await expect(db.transaction(async (tx) => tx.transaction(async (inner) => {
          await inner.run('INSERT INTO conversation_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4)', ['t/4', '{}', 'e', 1]);
          throw new Error('inner failed');
        }))).rejects.toThrow('inner failed');
        expect(await store.load('t/4')).toBeUndefined();
      });

      it('answer a ping', async () => {
        expect(await db.ping()).toBe(true);
      });
    });

    describe('StateStore load / save', () => {
      it('loads nothing for an unknown key', async () => {
        expect(await store.load('nobody')).toBeUndefined();
        expect(await store.sizeOf('nobody')).toBeUndefined();
      });

      it('saves a new document and loads it back with its eTag', async () => {
        const doc = { v: 1, s: { value: 'menu', words: 'naïve “quotes” — 🙂' } };
        const eTag = await store.save('a', doc, null);
        expect(await store.load('a')).toEqual({ doc, eTag });
      });

      it('updates with the current eTag and hands out a new one', async () => {
        const first = await store.save('a', { n: 1 }, null);
        const second = await store.save('a', { n: 2 }, first);
        expect(second).not.toBe(first);
        expect(await store.load('a')).toEqual({ doc: { n: 2 }, eTag: second });
      });

      it('refuses a stale eTag with ConflictError and keeps the newer document', async () => {
        const first = await store.save('a', { n: 1 }, null);
        await store.save('a', { n: 2 }, first);
        await expect(store.save('a', { n: 3 }, first)).rejects.toBeInstanceOf(ConflictError);
        expect((await store.load('a'))?.doc).toEqual({ n: 2 });
      });

      it('refuses "create" when the key already exists with ConflictError', async () => {
        await store.save('a', { n: 1 }, null);
        await expect(store.save('a', { n: 9 }, null)).rejects.toBeInstanceOf(ConflictError);
        expect((await store.load('a'))?.doc).toEqual({ n: 1 });
      });

      it('refuses an update of a key that does not exist with ConflictError', async () => {
        await expect(store.save('ghost', { n: 1 }, 'some-etag')).rejects.toBeInstanceOf(ConflictError);
        expect(await store.load('ghost')).toBeUndefined();
      });

      it('measures the stored document in bytes', async () => {
        const doc = { text: 'é🙂' };
        await store.save('a', doc, null);
        expect(await store.sizeOf('a')).toBe(Buffer.byteLength(JSON.stringify(doc)));
      });

      it('deletes, and deleting a missing key is fine', async () => {
        await store.save('a', { n: 1 }, null);
        await store.save('b', { n: 2 }, null);
        await store.delete(['a', 'missing']);
        expect(await store.load('a')).toBeUndefined();
        expect((await store.load('b'))?.doc).toEqual({ n: 2 });
      });
    });

    describe('retention', () => {
      it('deletes conversations untouched since the cutoff and keeps the rest', async () => {
        clock = 1_000;
        await store.save('old', { n: 1 }, null);
        clock = 5_000;
        const kept = await store.save('touched', { n: 1 }, null);
        clock = 9_000;
        await store.save('touched', { n: 2 }, kept);
        await store.save('new', { n: 1 }, null);
        expect(await store.deleteUntouchedSince(6_000)).toBe(1);
        expect(await store.load('old')).toBeUndefined();
        expect(await store.load('touched')).toBeDefined();
        expect(await store.load('new')).toBeDefined();
        expect(await store.deleteUntouchedSince(9_000)).toBe(0);
        expect(await store.deleteUntouchedSince(9_001)).toBe(2);
      });
    });
  });
}
