import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db, Param, Row } from './db';

/** Turns $1…$n placeholders into positional ? and orders the parameters to match. */
export function toPositional(sql: string, params: Param[]): { sql: string; params: Param[] } {
  const ordered: Param[] = [];
  const positional = sql.replace(/\$(\d+)/g, (_match, index: string) => {
    ordered.push(params[Number(index) - 1] ?? null);
    return '?';
  });
  return { sql: positional, params: ordered };
}

export class SqliteDb implements Db {
  readonly engine = 'sqlite' as const;
  private readonly statements = new Map<string, { sql: string; statement: Database.Statement }>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Database.Database) {}

  static open(file: string): SqliteDb {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file);
    // WAL lets readers carry on during a write; NORMAL sync is durable across process crashes in WAL mode.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    return new SqliteDb(db);
  }

  private prepare(sql: string): Database.Statement {
    let cached = this.statements.get(sql);
    if (!cached) {
      const positional = toPositional(sql, []).sql;
      cached = { sql: positional, statement: this.db.prepare(positional) };
      this.statements.set(sql, cached);
    }
    return cached.statement;
  }

  private bind(sql: string, params: Param[]): Param[] {
    return toPositional(sql, params).params;
  }

  async all<T extends Row = Row>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.prepare(sql).all(...this.bind(sql, params)) as T[];
  }

  async get<T extends Row = Row>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...this.bind(sql, params)) as T | undefined;
  }

  async run(sql: string, params: Param[] = []): Promise<{ changes: number }> {
    const statement = this.prepare(sql);
    if (!statement.reader) return { changes: statement.run(...this.bind(sql, params)).changes };
    statement.all(...this.bind(sql, params));
    return { changes: 0 };
  }

  /** Multi-statement SQL for migrations. */
  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // One connection: transactions take turns, and a nested call joins the open one instead of waiting on itself.
    const run = async (): Promise<T> => {
      this.db.exec('BEGIN IMMEDIATE');
      const tx: Db = Object.assign(Object.create(this) as SqliteDb, { transaction: <U>(inner: (t: Db) => Promise<U>) => inner(tx) });
      try {
        const result = await fn(tx);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const turn = this.queue.then(run, run);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async ping(): Promise<boolean> {
    return this.db.open;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
