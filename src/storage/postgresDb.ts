import pg from 'pg';
import type { Logger } from '../logger';
import { DatabaseUnavailableError } from './databaseUnavailable';
import type { Db, Param, Row } from './db';

const INT8_OID = 20;
const PING_TIMEOUT_MS = 2000;

/** SQLSTATE classes and codes that mean "the server is not there for us right now", not "the query is wrong". */
const UNAVAILABLE_CODE = /^(08|57P0[1-4]|53300)/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
// pg and pg-pool report a lost or refused connection with plain Errors that carry no code; these are their messages.
const UNAVAILABLE_MESSAGE = /Connection terminated|not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|Query read timeout/;

/** True when an error from pg means the database could not be reached, rather than that the SQL failed. */
export function isConnectionError(error: unknown): boolean {
  // Shapes, not instanceof: socket errors are made by Node's own Error, which is not this realm's under jest's vm.
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_CODE.test(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  // 'localhost' can resolve to two addresses; Node then reports an AggregateError of both refusals.
  if (Array.isArray(errors)) return errors.some(isConnectionError);
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
}

function translate(error: unknown): unknown {
  if (!isConnectionError(error)) return error;
  const { code, message } = error as { code?: string; message?: string };
  return new DatabaseUnavailableError(code ?? message ?? 'connection error', { cause: error });
}

/** BIGINT (timestamps in ms, COUNT(*)) comes back as a number, as it does from SQLite; beyond 2^53 it would lose digits, so that fails loudly. */
function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`BIGINT ${value} does not fit in a JavaScript number`);
  return parsed;
}

export function pgTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, 'text', parseInt8);
  return types;
}

/** A connection of its own, outside every pool, for work that holds it (LISTEN); same defaults as the pool's connections. */
export function dedicatedClient(connectionString: string, applicationName = 'bounce-back'): pg.Client {
  return new pg.Client({ connectionString, application_name: applicationName, connectionTimeoutMillis: 5000, keepAlive: true, types: pgTypes() });
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** all/get/run over one pool or one checked-out client; $n placeholders go to PostgreSQL unchanged. */
abstract class PostgresQueries {
  readonly engine = 'postgres' as const;

  protected abstract readonly target: Queryable;

  protected async query<T extends Row>(sql: string, params: Param[]): Promise<pg.QueryResult<T>> {
    try {
      return await this.target.query<T>(sql, params);
    } catch (error) {
      throw translate(error);
    }
  }

  async all<T extends Row = Row>(sql: string, params: Param[] = []): Promise<T[]> {
    return (await this.query<T>(sql, params)).rows;
  }

  async get<T extends Row = Row>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.query<T>(sql, params)).rows[0];
  }

  async run(sql: string, params: Param[] = []): Promise<{ changes: number }> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }
}

/** The Db a transaction's fn receives: every statement on the one client that holds the transaction open. */
class TransactionDb extends PostgresQueries implements Db {
  constructor(protected readonly target: pg.PoolClient) {
    super();
  }

  /** Nested transactions join the open one. */
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    throw new Error('A transaction cannot close the database');
  }
}

export interface PostgresOptions {
  connectionString: string;
  poolSize: number;
  logger: Logger;
  /** Shown in pg_stat_activity, so operators (and tests) can tell this app's connections apart. */
  applicationName?: string;
  /** Server options for every connection, e.g. `-c search_path=my_schema`. */
  options?: string;
  /** How long to wait for a connection before a query fails as unavailable. */
  connectionTimeoutMillis?: number;
}

export class PostgresDb extends PostgresQueries implements Db {
  constructor(protected readonly target: pg.Pool) {
    super();
  }

  static connect({ connectionString, poolSize, logger, applicationName = 'bounce-back', options, connectionTimeoutMillis = 5000 }: PostgresOptions): PostgresDb {
    const pool = new pg.Pool({
      connectionString,
      max: poolSize,
      application_name: applicationName,
      options,
      connectionTimeoutMillis,
      keepAlive: true,
      types: pgTypes(),
    });
    // An idle client whose server went away emits 'error' on the pool; unhandled, that would crash the process.
    // The pool has already dropped the client and will open a fresh one when asked.
    pool.on('error', (error: Error & { code?: string }) => {
      logger.warn({ event: 'db.connection.lost', code: error.code, err: error.message }, 'an idle database connection was lost; it will be replaced');
    });
    return new PostgresDb(pool);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // pg-pool stops listening for 'error' on a client it hands out. If the connection drops between two statements of the
    // transaction, that event would then crash the process; the next statement fails as unavailable instead.
    const ignoreLoss = (): void => undefined;
    const client = await this.checkOut(ignoreLoss);
    const tx = new TransactionDb(client);
    try {
      await tx.run('BEGIN');
      const result = await fn(tx);
      await tx.run('COMMIT');
      client.off('error', ignoreLoss);
      client.release();
      return result;
    } catch (error) {
      // A client whose ROLLBACK fails is in an unknown state: destroy it rather than hand it to the next caller.
      const rolledBack = await client.query('ROLLBACK').then(() => true, () => false);
      // A destroyed client can still report its lost connection a moment later: it keeps the listener that ignores it.
      if (rolledBack) client.off('error', ignoreLoss);
      client.release(rolledBack ? undefined : true);
      throw error;
    }
  }

  /**
   * A pooled client with `onError` listening from the moment it is handed over. Awaiting pool.connect() would attach it a
   * microtask late, and a kill's FATAL message, parsed in the same chunk as the previous query's end, lands in between.
   */
  private checkOut(onError: (error: Error) => void): Promise<pg.PoolClient> {
    return new Promise((resolve, reject) => {
      this.target.connect((error, client) => {
        if (!client) return reject(translate(error));
        client.on('error', onError);
        resolve(client);
      });
    });
  }

  /** SELECT 1, but a database that does not answer within PING_TIMEOUT_MS counts as down. */
  async ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    });
    const answer = this.target.query('SELECT 1').then(() => true, () => false);
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (!this.target.ended) await this.target.end();
  }
}
