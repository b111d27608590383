import type { Db } from '../storage/db';
import type { Migration } from '../storage/migrations';

export const CRISIS_TALLY_MIGRATIONS: Migration[] = [
  {
    version: 2,
    name: 'crisis events',
    // One row per crisis reply, keyed by the turn, so a turn retried after a write conflict is counted once.
    statements: ['CREATE TABLE crisis_events (turn_id TEXT PRIMARY KEY, day TEXT NOT NULL, region TEXT NOT NULL)'],
  },
];

export interface CrisisCount { day: string; region: string; count: number }

/** Counts crisis replies per day and region for the staff. It never sees or keeps what anyone wrote. */
export class CrisisTally {
  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  async record(region: string, turnId: string): Promise<void> {
    const day = new Date(this.now()).toISOString().slice(0, 10);
    await this.db.run('INSERT INTO crisis_events (turn_id, day, region) VALUES ($1, $2, $3) ON CONFLICT (turn_id) DO NOTHING', [turnId, day, region]);
  }

  async counts(): Promise<CrisisCount[]> {
    const rows = await this.db.all<{ day: string; region: string; count: number | string }>(
      'SELECT day, region, COUNT(*) AS count FROM crisis_events GROUP BY day, region ORDER BY day DESC, region',
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }
}
