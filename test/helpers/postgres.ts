import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createLogger, type Logger } from '../../src/logger';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import type { Db } from '../../src/storage/db';
import { migrate } from '../../src/storage/migrations';
import { PostgresDb } from '../../src/storage/postgresDb';

/** The server the PostgreSQL tests use; TEST_DATABASE_URL overrides it. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// jest collects describe blocks synchronously, so reachability is checked once, synchronously, in a child process.
const PROBE = `const { Client } = require('pg');
const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
client.connect().then(() => client.end()).then(() => process.exit(0), () => process.exit(1));`;

let reachable: boolean | undefined;

function postgresReachable(): boolean {
  if (reachable === undefined) {
    try {
      execFileSync(process.execPath, ['-e', PROBE, POSTGRES_URL], { stdio: 'ignore', timeout: 10_000 });
      reachable = true;
    } catch {
      reachable = false;
    }
  }
  return reachable;
}

/**
 * describe() for tests that need PostgreSQL. Without a reachable server they are skipped with a visible warning on a
 * developer's machine, but in CI (CI=true) they fail, so a missing database can never pass a build silently.
 */
export function describePostgres(name: string, body: () => void): void {
  if (postgresReachable()) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs PostgreSQL', () => {
        throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}, and CI=true requires these tests to run`);
      });
    });
  } else {
    console.warn(`SKIPPED "${name}": PostgreSQL is not reachable at ${POSTGRES_URL} (set TEST_DATABASE_URL, or start it)`);
    describe.skip(name, body);
  }
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A logger whose lines a test can read. */
export function recordingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

export interface TestSchema {
  /** Unique per call; also the application_name of every connection opened through it. */
  name: string;
  /** A new pool whose connections all use this schema. */
  connect(options?: { poolSize?: number; logger?: Logger }): PostgresDb;
  /** Closes every pool opened through it and drops the schema. */
  dispose(): Promise<void>;
}

/** A fresh, empty schema of its own, so test files never see each other's tables. */
export async function createTestSchema(): Promise<TestSchema> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE SCHEMA ${name}`));
  // The original close of each pool, bound before openFreshPostgresDb replaces it with dispose.
  const closers: Array<() => Promise<void>> = [];
  return {
    name,
    connect: ({ poolSize = 5, logger = createLogger('silent') } = {}) => {
      const db = PostgresDb.connect({ connectionString: POSTGRES_URL, poolSize, logger, applicationName: name, options: `-c search_path=${name}` });
      closers.push(db.close.bind(db));
      return db;
    },
    dispose: async () => {
      await Promise.all(closers.map((close) => close()));
      await admin((client) => client.query(`DROP SCHEMA ${name} CASCADE`));
    },
  };
}

/**
 * Kills every connection this schema's pools hold, as a database restart or failover would; returns how many.
 * It returns once each server process has exited, so a later connection can never be one of the killed.
 */
export async function terminateConnections(schema: TestSchema): Promise<number> {
  const result = await admin((client) =>
    client.query(
      'SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = $1',
      [schema.name],
    ),
  );
  return result.rowCount ?? 0;
}

/**
 * The factory for the shared storage suite: a migrated PostgresDb on a fresh schema, which its close() drops.
 * Usage: describeStorageEngine('postgres', openFreshPostgresDb) inside describePostgres.
 */
export async function openFreshPostgresDb(): Promise<Db> {
  const schema = await createTestSchema();
  const db = schema.connect();
  await migrate(db, ALL_MIGRATIONS);
  return Object.assign(db, { close: schema.dispose });
}
