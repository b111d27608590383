import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate, type Migration } from '../../src/storage/migrations';
import { createTestSchema, describePostgres, type TestSchema } from '../helpers/postgres';

describePostgres('migrations on PostgreSQL', () => {
  let schema: TestSchema;

  beforeEach(async () => {
    schema = await createTestSchema();
  });

  afterEach(async () => {
    await schema.dispose();
  });

  it('applies each migration once when two instances migrate a fresh schema at the same time', async () => {
    const first = schema.connect();
    const second = schema.connect();
    const [appliedByFirst, appliedBySecond] = await Promise.all([migrate(first, ALL_MIGRATIONS), migrate(second, ALL_MIGRATIONS)]);

    const versions = ALL_MIGRATIONS.map((migration) => migration.version).sort((a, b) => a - b);
    expect([...appliedByFirst, ...appliedBySecond].sort((a, b) => a - b)).toEqual(versions);
    const rows = await first.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(versions);
  });

  it('runs the existing upserts (ON CONFLICT … DO UPDATE, excluded.) unchanged', async () => {
    const db = schema.connect();
    await migrate(db, ALL_MIGRATIONS);
    const upsert = `INSERT INTO conversation_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (key) DO UPDATE SET doc = excluded.doc, etag = excluded.etag, updated_at = excluded.updated_at`;
    for (const n of [1, 2, 3]) await db.run(upsert, ['k', `{"n":${n}}`, `e${n}`, n]);
    expect(await db.all('SELECT doc, etag, updated_at FROM conversation_state')).toEqual([{ doc: '{"n":3}', etag: 'e3', updated_at: 3 }]);
    const once = 'INSERT INTO crisis_events (turn_id, day, region) VALUES ($1, $2, $3) ON CONFLICT (turn_id) DO NOTHING';
    await Promise.all([1, 2, 3].map(() => db.run(once, ['turn-1', '2026-01-01', 'GB'])));
    expect(await db.get('SELECT COUNT(*) AS count FROM crisis_events')).toEqual({ count: 1 });
  });

  it('leaves nothing behind when a migration fails part way', async () => {
    const db = schema.connect();
    const broken: Migration = { version: 99, name: 'broken', statements: ['CREATE TABLE half_done (id INTEGER)', 'NOT SQL'] };
    await expect(migrate(db, [broken])).rejects.toMatchObject({ code: '42601' });
    expect(await db.get("SELECT to_regclass('half_done') AS found")).toEqual({ found: null });
    expect(await db.all('SELECT version FROM schema_migrations')).toEqual([]);
  });
});
