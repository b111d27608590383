import { randomUUID } from 'node:crypto';
import { ConflictError, type Db } from './db';

export interface StoredDoc<T> { doc: T; eTag: string }

/** Conversation state with optimistic concurrency: each save names the eTag it read, and loses to any save since. */
export class StateStore {
  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  async load<T>(key: string): Promise<StoredDoc<T> | undefined> {
    const row = await this.db.get<{ doc: string; etag: string }>('SELECT doc, etag FROM conversation_state WHERE key = $1', [key]);
    return row ? { doc: JSON.parse(row.doc) as T, eTag: row.etag } : undefined;
  }

  /** The stored eTag alone: enough to tell whether a copy already in memory is still the stored state. */
  async eTagOf(key: string): Promise<string | undefined> {
    return (await this.db.get<{ etag: string }>('SELECT etag FROM conversation_state WHERE key = $1', [key]))?.etag;
  }

  /**
   * Writes doc only if the stored eTag is still `expected` (null: only if nothing is stored yet).
   * Returns the new eTag, or throws ConflictError when someone else wrote first.
   */
  async save(key: string, doc: unknown, expected: string | null): Promise<string> {
    const eTag = randomUUID();
    const json = JSON.stringify(doc);
    const result = expected === null
      ? await this.db.run('INSERT INTO conversation_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING', [key, json, eTag, this.now()])
      : await this.db.run('UPDATE conversation_state SET doc = $2, etag = $3, updated_at = $4 WHERE key = $1 AND etag = $5', [key, json, eTag, this.now(), expected]);
    if (result.changes !== 1) throw new ConflictError(key);
    return eTag;
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.db.run('DELETE FROM conversation_state WHERE key = $1', [key]);
  }

  /** Deletes conversations untouched since `cutoff` (epoch ms) and returns how many went. */
  async deleteUntouchedSince(cutoff: number): Promise<number> {
    return (await this.db.run('DELETE FROM conversation_state WHERE updated_at < $1', [cutoff])).changes;
  }

  /** Bytes of the stored document, for the data page and the benchmarks. */
  async sizeOf(key: string): Promise<number | undefined> {
    const row = await this.db.get<{ doc: string }>('SELECT doc FROM conversation_state WHERE key = $1', [key]);
    return row ? Buffer.byteLength(row.doc) : undefined;
  }
}
