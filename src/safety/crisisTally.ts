import type { Db } from '../storage/db';
import type { Migration } from '../storage/migrations';

export const CRISIS_TALLY_MIGRATIONS: Migration[] = [
  {
    version: 2,
    name: 'crisis tally',
    statements: ['CREATE TABLE crisis_tally (day TEXT NOT NULL, region TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, region))'],
  },
];

export interface CrisisCount { day: string; region: string; count: number }

/** Counts crisis replies per day and region for the staff. It never sees or keeps what anyone wrote. */
export class CrisisTally {
  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  async record(region: string): Promise<void> {
    const day = new Date(this.now()).toISOString().slice(0, 10);
    await this.db.run(
      'INSERT INTO crisis_tally (day, region, count) VALUES ($1, $2, 1) ON CONFLICT (day, region) DO UPDATE SET count = crisis_tally.count + 1',
      [day, region],
    );
  }

  async counts(): Promise<CrisisCount[]> {
    const rows = await this.db.all<{ day: string; region: string; count: number | string }>(
      'SELECT day, region, count FROM crisis_tally ORDER BY day DESC, region',
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }
}
