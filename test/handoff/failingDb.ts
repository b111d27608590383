import type { Db, Param, Row } from '../../src/storage/db';

/** A Db that throws on statements matching `pattern` while `failing` is true; everything else goes to the real one. */
export class FailingDb implements Db {
  failing = true;

  constructor(private readonly inner: Db, private readonly pattern: RegExp) {}

  get engine(): Db['engine'] {
    return this.inner.engine;
  }

  private check(sql: string): void {
    if (this.failing && this.pattern.test(sql)) throw new Error('disk I/O error');
  }

  async all<T extends Row = Row>(sql: string, params?: Param[]): Promise<T[]> {
    this.check(sql);
    return this.inner.all<T>(sql, params);
  }

  async get<T extends Row = Row>(sql: string, params?: Param[]): Promise<T | undefined> {
    this.check(sql);
    return this.inner.get<T>(sql, params);
  }

  async run(sql: string, params?: Param[]): Promise<{ changes: number }> {
    this.check(sql);
    return this.inner.run(sql, params);
  }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.inner.transaction((tx) => {
      const wrapped = new FailingDb(tx, this.pattern);
      wrapped.failing = this.failing;
      return fn(wrapped);
    });
  }

  ping(): Promise<boolean> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
