import type { CrisisTier, HarmKind } from '../../dialogs/types';
import type { Db } from '../storage/db';
import type { Migration } from '../storage/migrations';

export const CRISIS_TALLY_MIGRATIONS: Migration[] = [
  {
    version: 2,
    name: 'crisis events',
    // One row per crisis reply, keyed by the turn, so a turn retried after a write conflict is counted once.
    statements: ['CREATE TABLE crisis_events (turn_id TEXT PRIMARY KEY, day TEXT NOT NULL, region TEXT NOT NULL)'],
  },
  {
    version: 3,
    name: 'crisis events by kind and tier',
    // Rows from before kinds were told apart were all suicidal-thoughts replies to clear risk.
    statements: [
      "ALTER TABLE crisis_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'suicidal'",
      "ALTER TABLE crisis_events ADD COLUMN tier TEXT NOT NULL DEFAULT 'clear'",
    ],
  },
];

export interface CrisisCount { day: string; region: string; kind: HarmKind; tier: CrisisTier; count: number }

/** What is counted of one crisis reply: never what anyone wrote. */
export interface CrisisEvent { region: string; harm: HarmKind; tier: CrisisTier }

/** Counts crisis replies per day, region, kind of harm and tier for the staff. It never sees or keeps what anyone wrote. */
export class CrisisTally {
  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  async record(event: CrisisEvent, turnId: string): Promise<void> {
    const day = new Date(this.now()).toISOString().slice(0, 10);
    await this.db.run(
      'INSERT INTO crisis_events (turn_id, day, region, kind, tier) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (turn_id) DO NOTHING',
      [turnId, day, event.region, event.harm, event.tier],
    );
  }

  async counts(): Promise<CrisisCount[]> {
    const rows = await this.db.all<{ day: string; region: string; kind: HarmKind; tier: CrisisTier; count: number | string }>(
      'SELECT day, region, kind, tier, COUNT(*) AS count FROM crisis_events GROUP BY day, region, kind, tier ORDER BY day DESC, region, kind, tier',
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }
}
