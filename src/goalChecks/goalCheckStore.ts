import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../storage/db';
import { leasedClaimSql } from '../storage/leasedClaim';
import type { Migration } from '../storage/migrations';

export const GOAL_CHECK_MIGRATIONS: Migration[] = [
  {
    version: 30,
    name: 'goal check-ins',
    statements: [
      `CREATE TABLE goal_checks (
         id TEXT PRIMARY KEY,
         turn_id TEXT NOT NULL UNIQUE,
         conversation_key TEXT NOT NULL,
         channel_id TEXT,
         address TEXT,
         return_key_hash TEXT,
         time_zone TEXT NOT NULL,
         goal TEXT NOT NULL,
         due_at BIGINT NOT NULL,
         first_due_at BIGINT NOT NULL,
         lease_until BIGINT,
         attempts INTEGER NOT NULL,
         created_at BIGINT NOT NULL
       )`,
      'CREATE INDEX goal_checks_due ON goal_checks (due_at)',
      'CREATE INDEX goal_checks_conversation ON goal_checks (conversation_key)',
      'CREATE INDEX goal_checks_return_key ON goal_checks (return_key_hash)',
    ],
  },
];

/** What is kept for one check-in, with consent: the goal, when, and where to reach the person. */
export interface NewGoalCheck {
  conversationKey: string;
  /** The turn that agreed to it: a retried turn stores it once. */
  turnId: string;
  channelId?: string;
  /** The channel's conversation reference (Teams), for a proactive message; none for the embedded web chat. */
  address?: unknown;
  timeZone: string;
  goal: string;
  dueAt: number;
  /** For the embedded web chat: the key the person's browser keeps, to be asked in a later conversation (its hash is kept). */
  returnKey?: string;
}

export interface DueGoalCheck {
  id: string;
  conversationKey: string;
  channelId?: string;
  address?: unknown;
  goal: string;
  /** When it first fell due; a check-in put off for too long is dropped. */
  firstDueAt: number;
  attempts: number;
}

interface Row {
  [column: string]: unknown;
  id: string;
  conversation_key: string;
  channel_id: string | null;
  address: string | null;
  goal: string;
  first_due_at: number | string;
  attempts: number | string;
}

const CLAIM = { table: 'goal_checks', due: 'due_at', returning: 'id, conversation_key, channel_id, address, goal, first_due_at, attempts' };

/** A browser's proof that a check-in was planned in it: random, and kept here only as its hash. */
export const newReturnKey = (): string => randomBytes(24).toString('base64url');
const hashOf = (returnKey: string): string => createHash('sha256').update(returnKey).digest('base64url');

/** A check-in the person came back to, moved to their new conversation. */
export interface ReturnedGoalCheck { id: string; goal: string; dueAt: number }

/** Planned check-ins: one per conversation at most, since a newer goal replaces an older one. */
export class GoalCheckStore {
  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  async add(check: NewGoalCheck): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM goal_checks WHERE conversation_key = $1 AND turn_id <> $2', [check.conversationKey, check.turnId]);
      await tx.run(
        // A retried turn keeps one row, with the key of the attempt whose answer the person gets.
        `INSERT INTO goal_checks (id, turn_id, conversation_key, channel_id, address, return_key_hash, time_zone, goal, due_at, first_due_at, attempts, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, 0, $10) ON CONFLICT (turn_id) DO UPDATE SET return_key_hash = excluded.return_key_hash`,
        [randomUUID(), check.turnId, check.conversationKey, check.channelId ?? null, check.address === undefined ? null : JSON.stringify(check.address),
          check.returnKey ? hashOf(check.returnKey) : null, check.timeZone, check.goal, check.dueAt, this.now()],
      );
    });
  }

  /** The person's planned check-ins, for "what do you know about me". */
  async plannedFor(conversationKey: string): Promise<Array<{ goal: string; dueAt: number; timeZone: string }>> {
    const rows = await this.db.all<{ goal: string; due_at: number | string; time_zone: string }>(
      'SELECT goal, due_at, time_zone FROM goal_checks WHERE conversation_key = $1 ORDER BY due_at', [conversationKey]);
    return rows.map((row) => ({ goal: row.goal, dueAt: Number(row.due_at), timeZone: row.time_zone }));
  }

  /** "stop check-ins" and "delete my data": answers how many went. */
  async deleteFor(conversationKey: string): Promise<number> {
    return (await this.db.run('DELETE FROM goal_checks WHERE conversation_key = $1', [conversationKey])).changes;
  }

  /**
   * The person's browser came back in a new web chat conversation with its key: their check-ins move to it (unless
   * another instance is sending one just now), and are answered.
   */
  async moveReturning(returnKey: string, conversationKey: string): Promise<ReturnedGoalCheck[]> {
    // When it first fell due: a check-in put off while the browser was away is due all the same.
    const rows = await this.db.all<{ id: string; goal: string; first_due_at: number | string }>(
      `UPDATE goal_checks SET conversation_key = $2 WHERE return_key_hash = $1 AND (lease_until IS NULL OR lease_until <= $3)
       RETURNING id, goal, first_due_at`,
      [hashOf(returnKey), conversationKey, this.now()],
    );
    return rows.map((row) => ({ id: row.id, goal: row.goal, dueAt: Number(row.first_due_at) }));
  }

  /** Due check-ins, each claimed by one caller until `leaseMs` has passed. */
  async claimDue(leaseMs: number, batch: number): Promise<DueGoalCheck[]> {
    const at = this.now();
    const rows = await this.db.all<Row>(leasedClaimSql(this.db.engine, CLAIM), [at + leaseMs, at, batch]);
    return rows.map((row) => ({
      id: row.id,
      conversationKey: row.conversation_key,
      ...(row.channel_id ? { channelId: row.channel_id } : {}),
      ...(row.address ? { address: JSON.parse(row.address) as unknown } : {}),
      goal: row.goal,
      firstDueAt: Number(row.first_due_at),
      attempts: Number(row.attempts),
    }));
  }

  /** Asked, or given up on: nothing of it is kept. */
  async remove(id: string): Promise<void> {
    await this.db.run('DELETE FROM goal_checks WHERE id = $1', [id]);
  }

  /** How many are planned, for the metrics. */
  async pending(): Promise<number> {
    const row = await this.db.get<{ count: number | string }>('SELECT COUNT(*) AS count FROM goal_checks');
    return Number(row?.count ?? 0);
  }

  /** Tried again at `dueAt`: the person was busy, or the channel could not be reached. */
  async postpone(id: string, dueAt: number): Promise<void> {
    await this.db.run('UPDATE goal_checks SET due_at = $2, lease_until = NULL WHERE id = $1', [id, dueAt]);
  }
}
