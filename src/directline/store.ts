import type { Db } from '../storage/db';
import type { Migration } from '../storage/migrations';

export const DIRECT_LINE_MIGRATIONS: Migration[] = [
  {
    version: 20,
    name: 'direct line conversations and activities',
    statements: [
      `CREATE TABLE directline_conversation (
         id TEXT PRIMARY KEY,
         seq INTEGER NOT NULL,
         created_at BIGINT NOT NULL,
         updated_at BIGINT NOT NULL
       )`,
      'CREATE INDEX directline_conversation_updated_at ON directline_conversation (updated_at)',
      `CREATE TABLE directline_activity (
         conversation_id TEXT NOT NULL REFERENCES directline_conversation (id) ON DELETE CASCADE,
         seq INTEGER NOT NULL,
         doc TEXT NOT NULL,
         PRIMARY KEY (conversation_id, seq)
       )`,
    ],
  },
];

/** A Direct Line activity as stored and sent: a plain JSON object with at least a type. */
export type DlActivity = Record<string, unknown> & { type: string; id?: string };

export interface ActivitySet {
  activities: DlActivity[];
  /** The sequence number of the last activity returned, as Direct Line's string watermark. */
  watermark: string;
}

const PAGE_SIZE = 100;

/** Conversations and their activities, in the same database as everything else, so a restart keeps them. */
export class DirectLineStore {
  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  /** Creates the conversation; false when it already exists. */
  async create(conversationId: string): Promise<boolean> {
    const result = await this.db.run(
      'INSERT INTO directline_conversation (id, seq, created_at, updated_at) VALUES ($1, 0, $2, $2) ON CONFLICT (id) DO NOTHING',
      [conversationId, this.now()],
    );
    return result.changes === 1;
  }

  async exists(conversationId: string): Promise<boolean> {
    return (await this.db.get('SELECT id FROM directline_conversation WHERE id = $1', [conversationId])) !== undefined;
  }

  /** Stores the activity under the conversation's next sequence number; its id is `{conversationId}|{seq}`. */
  async append(conversationId: string, activity: DlActivity): Promise<DlActivity> {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<{ seq: number | string }>(
        'UPDATE directline_conversation SET seq = seq + 1, updated_at = $2 WHERE id = $1 RETURNING seq',
        [conversationId, this.now()],
      );
      if (!row) throw new Error('append to a conversation that does not exist');
      const seq = Number(row.seq);
      const stored: DlActivity = { ...activity, id: `${conversationId}|${seq}` };
      await tx.run('INSERT INTO directline_activity (conversation_id, seq, doc) VALUES ($1, $2, $3)', [conversationId, seq, JSON.stringify(stored)]);
      return stored;
    });
  }

  /** Activities after the watermark, oldest first, at most one page; the caller asks again with the new watermark. */
  async after(conversationId: string, watermark: number): Promise<ActivitySet> {
    const rows = await this.db.all<{ seq: number | string; doc: string }>(
      `SELECT seq, doc FROM directline_activity WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE_SIZE}`,
      [conversationId, watermark],
    );
    const last = rows.length > 0 ? Number(rows[rows.length - 1].seq) : watermark;
    return { activities: rows.map((row) => JSON.parse(row.doc) as DlActivity), watermark: String(last) };
  }

  /**
   * Deletes every activity of the conversation so far ("delete my data"); returns how many went. The conversation
   * itself stays, so the reply saying it was done still reaches the person, and numbering carries on without reuse.
   */
  async erase(conversationId: string): Promise<number> {
    return (await this.db.run('DELETE FROM directline_activity WHERE conversation_id = $1', [conversationId])).changes;
  }

  /** Deletes conversations (and their activities) untouched since `cutoff`, epoch ms; returns how many went. */
  async deleteUntouchedSince(cutoff: number): Promise<number> {
    return (await this.db.run('DELETE FROM directline_conversation WHERE updated_at < $1', [cutoff])).changes;
  }
}
