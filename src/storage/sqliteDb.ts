import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db, Param, Row } from './db';

/** The SQL with $1…$n turned into positional ?, and for each ? the (0-based) index of the parameter it takes. */
function compile(sql: string): { sql: string; order: number[] } {
  const order: number[] = [];
  const positional = sql.replace(/\$(\d+)/g, (_match, index: string) => {
    order.push(Number(index) - 1);
    return '?';
  });
  return { sql: positional, order };
}

function bind(order: number[], params: Param[]): Param[] {
  return order.map((index) => params[index] ?? null);
}

export class SqliteDb implements Db {
  readonly engine = 'sqlite' as const;
  // Each SQL text is compiled once: its prepared statement and its parameter order are reused on every call.
  private readonly statements = new Map<string, { statement: Database.Statement; order: number[] }>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Database.Database) {}

  static open(file: string): SqliteDb {
    if (file !== ':memory:') {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      // Owner-only, like the token secret beside it; SQLite gives its -wal and -shm files the same mode.
      fs.closeSync(fs.openSync(file, 'a', 0o600));
    }
    const db = new Database(file);
    // Deleted rows are overwritten, not left in free pages: "delete my data" must not leave the words in the file.
    db.pragma('secure_delete = ON');
    // WAL lets readers carry on during a write; NORMAL sync is durable across process crashes in WAL mode.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    return new SqliteDb(db);
  }

  private prepare(sql: string): { statement: Database.Statement; order: number[] } {
    let cached = this.statements.get(sql);
    if (!cached) {
      const compiled = compile(sql);
      cached = { statement: this.db.prepare(compiled.sql), order: compiled.order };
      this.statements.set(sql, cached);
    }
    return cached;
  }

  async all<T extends Row = Row>(sql: string, params: Param[] = []): Promise<T[]> {
    const { statement, order } = this.prepare(sql);
    return statement.all(...bind(order, params)) as T[];
  }

  async get<T extends Row = Row>(sql: string, params: Param[] = []): Promise<T | undefined> {
    const { statement, order } = this.prepare(sql);
    return statement.get(...bind(order, params)) as T | undefined;
  }

  async run(sql: string, params: Param[] = []): Promise<{ changes: number }> {
    const { statement, order } = this.prepare(sql);
    if (!statement.reader) return { changes: statement.run(...bind(order, params)).changes };
    statement.all(...bind(order, params));
    return { changes: 0 };
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
