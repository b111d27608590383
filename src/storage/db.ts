export type Param = string | number | null;
export type Row = Record<string, unknown>;

/**
 * The one database interface every store is written against. SQL uses $1, $2… placeholders on both
 * engines, so a store's queries are written once; `engine` is there for the few statements that differ.
 */
export interface Db {
  readonly engine: 'sqlite' | 'postgres';
  all<T extends Row = Row>(sql: string, params?: Param[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<{ changes: number }>;
  /** Runs fn inside one transaction; fn must use the Db it is given. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** True when the database answers; used by readiness checks. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Thrown when an eTag no longer matches: someone else wrote first. */
export class ConflictError extends Error {
  constructor(key: string) {
    super(`Storage conflict on ${key}`);
  }
}
