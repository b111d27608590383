import { randomUUID } from 'node:crypto';
import type { UnansweredQuestionList } from '../staff/unansweredQuestionList';
import type { Db } from '../storage/db';
import type { Migration } from '../storage/migrations';
import { redactContactDetails } from './redactContactDetails';

export const UNANSWERED_QUESTION_MIGRATIONS: Migration[] = [
  {
    version: 40,
    name: 'questions the FAQ could not answer',
    statements: [
      // turn_id is unique so a turn retried after a write conflict keeps its question once.
      `CREATE TABLE unanswered_questions (
         id TEXT PRIMARY KEY,
         turn_id TEXT NOT NULL UNIQUE,
         conversation_key TEXT NOT NULL,
         text TEXT NOT NULL,
         asked_at BIGINT NOT NULL
       )`,
      'CREATE INDEX unanswered_questions_conversation ON unanswered_questions (conversation_key)',
      'CREATE INDEX unanswered_questions_asked_at ON unanswered_questions (asked_at)',
    ],
  },
];

/** How long a question is kept; the hourly retention sweep deletes older ones. */
export const UNANSWERED_QUESTION_DAYS = 30;
/** The longest question kept (after redaction): enough to see what was asked, no more of what else was said. */
export const MAX_KEPT_CHARS = 300;
/** The most the staff page is given at once, newest first. */
const LIST_LIMIT = 200;
const DAY = 24 * 60 * 60 * 1000;

function capped(text: string): string {
  return text.length <= MAX_KEPT_CHARS ? text : `${text.slice(0, MAX_KEPT_CHARS - 1)}…`;
}

/**
 * Questions the FAQ had no answer for, so the practice can add phrasings to content/: kept with e-mail addresses and
 * phone numbers taken out, under the conversation's key (so "delete my data" finds them), for 30 days.
 */
export class UnansweredQuestionStore implements UnansweredQuestionList {
  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  /** Keeps the question once per turn, redacted first and then capped. */
  async keep(conversationKey: string, turnId: string, text: string): Promise<void> {
    await this.db.run(
      'INSERT INTO unanswered_questions (id, turn_id, conversation_key, text, asked_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (turn_id) DO NOTHING',
      [randomUUID(), turnId, conversationKey, capped(redactContactDetails(text.trim())), this.now()],
    );
  }

  /** Newest first, at most 200. */
  async list(): Promise<Array<{ id: string; text: string; askedAt: number }>> {
    const rows = await this.db.all<{ id: string; text: string; asked_at: number | string }>(
      `SELECT id, text, asked_at FROM unanswered_questions ORDER BY asked_at DESC, id LIMIT ${LIST_LIMIT}`,
    );
    return rows.map((row) => ({ id: row.id, text: row.text, askedAt: Number(row.asked_at) }));
  }

  async countFor(conversationKey: string): Promise<number> {
    const row = await this.db.get<{ count: number | string }>('SELECT COUNT(*) AS count FROM unanswered_questions WHERE conversation_key = $1', [conversationKey]);
    return Number(row?.count ?? 0);
  }

  /** "Delete my data": one conversation's questions; returns how many went. */
  async deleteFor(conversationKey: string): Promise<number> {
    return (await this.db.run('DELETE FROM unanswered_questions WHERE conversation_key = $1', [conversationKey])).changes;
  }

  /** The retention sweep: questions asked more than 30 days ago; returns how many went. */
  async deleteExpired(): Promise<number> {
    return (await this.db.run('DELETE FROM unanswered_questions WHERE asked_at < $1', [this.now() - UNANSWERED_QUESTION_DAYS * DAY])).changes;
  }
}
