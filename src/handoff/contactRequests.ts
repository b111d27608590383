import { createHash, randomUUID } from 'node:crypto';
import type { ContactDetails, RequestSummary } from '../../dialogs/types';
import type { Db } from '../storage/db';
import type { Migration } from '../storage/migrations';
import { newReference } from './reference';

export const CONTACT_REQUEST_MIGRATIONS: Migration[] = [
  {
    version: 10,
    name: 'contact requests',
    statements: [
      `CREATE TABLE contact_requests (
         id TEXT PRIMARY KEY,
         reference TEXT NOT NULL UNIQUE,
         turn_id TEXT NOT NULL UNIQUE,
         conversation_key TEXT NOT NULL,
         channel_id TEXT,
         name TEXT NOT NULL,
         contact TEXT NOT NULL,
         contact_kind TEXT NOT NULL,
         best_time TEXT NOT NULL,
         note TEXT,
         status TEXT NOT NULL,
         created_at BIGINT NOT NULL,
         updated_at BIGINT NOT NULL
       )`,
      'CREATE INDEX contact_requests_conversation ON contact_requests (conversation_key)',
      'CREATE INDEX contact_requests_created_at ON contact_requests (created_at)',
    ],
  },
  {
    version: 11,
    name: 'staff outbox',
    statements: [
      `CREATE TABLE staff_outbox (
         id TEXT PRIMARY KEY,
         request_id TEXT NOT NULL REFERENCES contact_requests (id) ON DELETE CASCADE,
         destination TEXT NOT NULL,
         status TEXT NOT NULL,
         attempts INTEGER NOT NULL,
         next_attempt_at BIGINT NOT NULL,
         lease_until BIGINT,
         last_error TEXT,
         created_at BIGINT NOT NULL,
         sent_at BIGINT
       )`,
      'CREATE INDEX staff_outbox_due ON staff_outbox (status, next_attempt_at)',
      'CREATE INDEX staff_outbox_request ON staff_outbox (request_id)',
    ],
  },
  {
    version: 12,
    name: 'contact requests are idempotent per conversation and content',
    statements: [
      'ALTER TABLE contact_requests ADD COLUMN content_key TEXT',
      // Only while a request waits: once the team has acted on it, the same words again are a new request.
      "CREATE UNIQUE INDEX contact_requests_waiting_content ON contact_requests (content_key) WHERE status = 'new'",
    ],
  },
];

/** The same details from the same conversation: a repeat of a request, however many turns apart it was sent. */
function contentKeyOf(request: NewRequest): string {
  const { name, contact, contactKind, time, note } = request.details;
  return createHash('sha256').update(JSON.stringify([request.conversationKey, name, contact, contactKind, time, note ?? ''])).digest('base64url');
}

export const REQUEST_STATUSES = ['new', 'contacted', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface ContactRequest extends ContactDetails {
  id: string;
  reference: string;
  status: RequestStatus;
  channelId?: string;
  createdAt: string;
  updatedAt: string;
}

interface RequestRow {
  [column: string]: unknown;
  id: string; reference: string; name: string; contact: string; contact_kind: string; best_time: string; note: string | null;
  status: string; channel_id: string | null; created_at: number | string; updated_at: number | string;
}

export interface NewRequest { conversationKey: string; turnId: string; channelId?: string; details: ContactDetails }

const COLUMNS = 'id, reference, name, contact, contact_kind, best_time, note, status, channel_id, created_at, updated_at';
const MAX_REFERENCE_TRIES = 8;

function toRequest(row: RequestRow): ContactRequest {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    contact: row.contact,
    contactKind: row.contact_kind as ContactDetails['contactKind'],
    time: row.best_time,
    ...(row.note ? { note: row.note } : {}),
    status: row.status as RequestStatus,
    ...(row.channel_id ? { channelId: row.channel_id } : {}),
    createdAt: new Date(Number(row.created_at)).toISOString(),
    updatedAt: new Date(Number(row.updated_at)).toISOString(),
  };
}

/** Contact requests and, in the same transaction, one outbox row per staff destination. */
export class ContactRequestStore {
  constructor(
    private readonly db: Db,
    private readonly destinations: string[],
    private readonly now: () => number = Date.now,
    private readonly reference: () => string = newReference,
  ) {}

  /**
   * Saves the request once: a retried turn (same turnId), or the same details sent again from the same conversation while
   * the first still waits (a crash lost the state that said it was sent), gets the request already saved.
   * Returns only after the commit, so the reference may then be shown.
   */
  async save(request: NewRequest): Promise<ContactRequest> {
    const contentKey = contentKeyOf(request);
    return this.db.transaction(async (tx) => {
      const sameRequest = () => tx.get<RequestRow>(
        `SELECT ${COLUMNS} FROM contact_requests WHERE turn_id = $1 OR (content_key = $2 AND status = 'new')`,
        [request.turnId, contentKey],
      );
      const existing = await sameRequest();
      if (existing) return toRequest(existing);
      const id = randomUUID();
      const at = this.now();
      const { details } = request;
      for (let attempt = 0; attempt < MAX_REFERENCE_TRIES; attempt += 1) {
        // References are short, so one may already be taken; DO NOTHING then try another.
        const inserted = await tx.run(
          `INSERT INTO contact_requests (id, reference, turn_id, conversation_key, channel_id, name, contact, contact_kind, best_time, note, status, created_at, updated_at, content_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'new', $11, $11, $12) ON CONFLICT DO NOTHING`,
          [id, this.reference(), request.turnId, request.conversationKey, request.channelId ?? null, details.name, details.contact,
            details.contactKind, details.time, details.note ?? null, at, contentKey],
        );
        // The same request, saved a moment ago by a concurrent turn, is the conflict: that one is the answer.
        const concurrent = inserted.changes === 0 ? await sameRequest() : undefined;
        if (concurrent) return toRequest(concurrent);
        if (inserted.changes === 1) {
          for (const destination of this.destinations) {
            await tx.run(
              `INSERT INTO staff_outbox (id, request_id, destination, status, attempts, next_attempt_at, created_at)
               VALUES ($1, $2, $3, 'pending', 0, $4, $4)`,
              [randomUUID(), id, destination, at],
            );
          }
          const saved = await tx.get<RequestRow>(`SELECT ${COLUMNS} FROM contact_requests WHERE id = $1`, [id]);
          return toRequest(saved as RequestRow);
        }
      }
      throw new Error('could not find a free contact request reference');
    });
  }

  async get(id: string): Promise<ContactRequest | undefined> {
    const row = await this.db.get<RequestRow>(`SELECT ${COLUMNS} FROM contact_requests WHERE id = $1`, [id]);
    return row ? toRequest(row) : undefined;
  }

  /** Newest first, optionally only one status. */
  async list(status?: RequestStatus): Promise<ContactRequest[]> {
    const rows = status
      ? await this.db.all<RequestRow>(`SELECT ${COLUMNS} FROM contact_requests WHERE status = $1 ORDER BY created_at DESC, id`, [status])
      : await this.db.all<RequestRow>(`SELECT ${COLUMNS} FROM contact_requests ORDER BY created_at DESC, id`);
    return rows.map(toRequest);
  }

  /** Returns the updated request, or undefined when there is no such id. */
  async setStatus(id: string, status: RequestStatus): Promise<ContactRequest | undefined> {
    const changed = await this.db.run('UPDATE contact_requests SET status = $2, updated_at = $3 WHERE id = $1', [id, status, this.now()]);
    return changed.changes === 1 ? this.get(id) : undefined;
  }

  /** What one conversation has asked for, as the person may see it. */
  async summariesFor(conversationKey: string): Promise<RequestSummary[]> {
    const rows = await this.db.all<{ reference: string; status: string; created_at: number | string }>(
      'SELECT reference, status, created_at FROM contact_requests WHERE conversation_key = $1 ORDER BY created_at DESC',
      [conversationKey],
    );
    return rows.map((row) => ({ reference: row.reference, status: row.status, createdOn: new Date(Number(row.created_at)).toISOString().slice(0, 10) }));
  }

  /**
   * Deletes one conversation's requests with their notifications (pending ones are never sent).
   * `alreadySent` counts requests the staff had already seen (notified, or acted on): those cannot be called back.
   */
  async deleteFor(conversationKey: string): Promise<{ requests: number; alreadySent: number }> {
    return this.db.transaction(async (tx) => {
      const sent = await tx.get<{ count: number | string }>(
        `SELECT COUNT(*) AS count FROM contact_requests r WHERE r.conversation_key = $1
         AND (r.status <> 'new' OR EXISTS (SELECT 1 FROM staff_outbox o WHERE o.request_id = r.id AND o.status = 'sent'))`,
        [conversationKey],
      );
      await tx.run('DELETE FROM staff_outbox WHERE request_id IN (SELECT id FROM contact_requests WHERE conversation_key = $1)', [conversationKey]);
      const deleted = await tx.run('DELETE FROM contact_requests WHERE conversation_key = $1', [conversationKey]);
      return { requests: deleted.changes, alreadySent: Number(sent?.count ?? 0) };
    });
  }

  /** The retention sweep: requests (and their notifications) older than `cutoff` (epoch ms). */
  async deleteCreatedBefore(cutoff: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM staff_outbox WHERE request_id IN (SELECT id FROM contact_requests WHERE created_at < $1)', [cutoff]);
      return (await tx.run('DELETE FROM contact_requests WHERE created_at < $1', [cutoff])).changes;
    });
  }
}
