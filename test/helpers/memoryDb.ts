import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { SqliteDb } from '../../src/storage/sqliteDb';

/** A fresh in-memory SQLite database with every module's schema, as the app opens it. */
export async function openMemoryDb(): Promise<SqliteDb> {
  const db = SqliteDb.open(':memory:');
  await migrate(db, ALL_MIGRATIONS);
  return db;
}
