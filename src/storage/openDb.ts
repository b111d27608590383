import { createLogger, type Logger } from '../logger';
import type { Db } from './db';
import { ALL_MIGRATIONS } from './allMigrations';
import { migrate } from './migrations';
import { PostgresDb } from './postgresDb';
import { SqliteDb } from './sqliteDb';
import { waitForDb } from './waitForDb';

export interface OpenDbOptions {
  /** PostgreSQL connections per process. */
  poolSize?: number;
  /** How long start-up waits for an unreachable database before giving up. */
  startupTimeoutSeconds?: number;
  logger?: Logger;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

function connect(databaseUrl: string, poolSize: number, logger: Logger): Db {
  if (databaseUrl.startsWith('sqlite:')) return SqliteDb.open(databaseUrl.slice('sqlite:'.length));
  if (POSTGRES_URL.test(databaseUrl)) return PostgresDb.connect({ connectionString: databaseUrl, poolSize, logger });
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}

/** Opens the database DATABASE_URL names (waiting for it at start-up) and brings its schema up to date. */
export async function openDb(databaseUrl: string, options: OpenDbOptions = {}): Promise<Db> {
  const { poolSize = 10, startupTimeoutSeconds = 30, logger = createLogger('info') } = options;
  const db = connect(databaseUrl, poolSize, logger);
  try {
    // Migrating is the first thing that needs the database, and it is safe to repeat, so it doubles as the wait.
    await waitForDb(() => migrate(db, ALL_MIGRATIONS), { timeoutSeconds: startupTimeoutSeconds, logger });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
