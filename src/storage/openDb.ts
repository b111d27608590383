import type { Db } from './db';
import { ALL_MIGRATIONS } from './allMigrations';
import { migrate } from './migrations';
import { SqliteDb } from './sqliteDb';

/** Opens the database DATABASE_URL names and brings its schema up to date. */
export async function openDb(databaseUrl: string): Promise<Db> {
  if (!databaseUrl.startsWith('sqlite:')) throw new Error('Only sqlite: databases are supported by this build');
  const db = SqliteDb.open(databaseUrl.slice('sqlite:'.length));
  await migrate(db, ALL_MIGRATIONS);
  return db;
}
