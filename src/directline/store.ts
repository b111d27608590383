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
  {
    version: 21,
    name: 'direct line conversations end; embedded web chat state has a key of its own',
    statements: [
      'ALTER TABLE directline_conversation ADD COLUMN ended_at BIGINT',
      // Keys were `directline/<id>`, which /api/messages could name too; see webChatKey.
      `UPDATE conversation_state SET key = 'webchat:' || substr(key, 12)
         WHERE key LIKE 'directline/%' AND substr(key, 12) IN (SELECT id FROM directline_conversation)`,
      `UPDATE contact_requests SET conversation_key = 'webchat:' || substr(conversation_key, 12)
         WHERE conversation_key LIKE 'directline/%' AND substr(conversation_key, 12) IN (SELECT id FROM directline_conversation)`,
    ],
  },
];

/** Whether a conversation can be used: it may not exist yet, or may have been ended by "delete my data". */
export type ConversationStatus = 'open' | 'ended' | 'missing';

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

  async status(conversationId: string): Promise<ConversationStatus> {
    const row = await this.db.get<{ ended_at: number | null }>('SELECT ended_at FROM directline_conversation WHERE id = $1', [conversationId]);
    if (!row) return 'missing';
    return row.ended_at === null ? 'open' : 'ended';
  }

  /**
   * Stores the activity under the conversation's next sequence number; its id is `{conversationId}|{seq}`.
   * An ended conversation keeps nothing more: answers undefined.
   */
  async append(conversationId: string, activity: DlActivity): Promise<DlActivity | undefined> {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<{ seq: number | string }>(
        'UPDATE directline_conversation SET seq = seq + 1, updated_at = $2 WHERE id = $1 AND ended_at IS NULL RETURNING seq',
        [conversationId, this.now()],
      );
      if (!row) return undefined;
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
   * "Delete my data": deletes every activity of the conversation and ends it, so its tokens stop working and nothing
   * more is kept; answers how many activities went. The row stays (until the retention sweep) to say it has ended.
   */
  async erase(conversationId: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.run('UPDATE directline_conversation SET ended_at = $2, updated_at = $2 WHERE id = $1', [conversationId, this.now()]);
      return (await tx.run('DELETE FROM directline_activity WHERE conversation_id = $1', [conversationId])).changes;
    });
  }

  /** Deletes conversations (and their activities) untouched since `cutoff`, epoch ms; returns how many went. */
  async deleteUntouchedSince(cutoff: number): Promise<number> {
    return (await this.db.run('DELETE FROM directline_conversation WHERE updated_at < $1', [cutoff])).changes;
  }
}
