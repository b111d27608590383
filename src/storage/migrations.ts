import type { Db } from './db';

export interface Migration {
  version: number;
  name: string;
  /** Statements that run unchanged on both engines. */
  statements: string[];
}

/**
 * Append only: a released migration is never edited, so every database converges on the same schema.
 * Each module owns a range of versions: state 1, safety 2–9, handoff 10–19, Direct Line 20–29, goal check-ins 30–39, unanswered questions 40–49.
 */
export const STATE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'conversation state',
    statements: [
      `CREATE TABLE conversation_state (
         key TEXT PRIMARY KEY,
         doc TEXT NOT NULL,
         etag TEXT NOT NULL,
         updated_at BIGINT NOT NULL
       )`,
      'CREATE INDEX conversation_state_updated_at ON conversation_state (updated_at)',
    ],
  },
];

/** On PostgreSQL two instances may start together: the lock makes the second wait, then see what the first did. */
async function lockMigrations(tx: Db): Promise<void> {
  if (tx.engine === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(4242)');
}

/** Applies pending migrations in order, each in its own transaction, and returns the versions applied. */
export async function migrate(db: Db, migrations: Migration[], now: () => number = Date.now): Promise<number[]> {
  // CREATE TABLE IF NOT EXISTS is not safe against itself on PostgreSQL (two at once: duplicate key in pg_type), so it takes the lock too.
  await db.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
  });
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await lockMigrations(tx);
      const row = await tx.get('SELECT version FROM schema_migrations WHERE version = $1', [migration.version]);
      if (row) return false;
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, now()]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
