import { CrisisTally } from '../../src/safety/crisisTally';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { SqliteDb } from '../../src/storage/sqliteDb';

describe('the crisis tally', () => {
  let db: SqliteDb;
  let now: number;
  let tally: CrisisTally;

  beforeEach(async () => {
    db = SqliteDb.open(':memory:');
    await migrate(db, ALL_MIGRATIONS);
    now = Date.parse('2026-11-28T10:00:00Z');
    tally = new CrisisTally(db, () => now);
  });
  afterEach(() => db.close());

  const clear = (region: string) => ({ region, harm: 'suicidal' as const, tier: 'clear' as const });

  it('counts crisis replies per day, region, kind and tier, newest day first', async () => {
    await tally.record(clear('GB'), 'turn-1');
    await tally.record(clear('GB'), 'turn-2');
    await tally.record(clear('US'), 'turn-3');
    await tally.record({ region: 'US', harm: 'harmedByOthers', tier: 'checkIn' }, 'turn-5');
    now += 24 * 60 * 60 * 1000;
    await tally.record(clear('GB'), 'turn-4');
    expect(await tally.counts()).toEqual([
      { day: '2026-11-29', region: 'GB', kind: 'suicidal', tier: 'clear', count: 1 },
      { day: '2026-11-28', region: 'GB', kind: 'suicidal', tier: 'clear', count: 2 },
      { day: '2026-11-28', region: 'US', kind: 'harmedByOthers', tier: 'checkIn', count: 1 },
      { day: '2026-11-28', region: 'US', kind: 'suicidal', tier: 'clear', count: 1 },
    ]);
  });

  it('counts a turn once, however often it is retried after a write conflict', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) await tally.record(clear('GB'), 'turn-1');
    expect(await tally.counts()).toEqual([{ day: '2026-11-28', region: 'GB', kind: 'suicidal', tier: 'clear', count: 1 }]);
  });

  it('keeps no text: only the turn id, the day, the region, the kind and the tier', async () => {
    await tally.record(clear('IE'), 'turn-1');
    const columns = await db.all<{ name: string }>("SELECT name FROM pragma_table_info('crisis_events')");
    expect(columns.map((column) => column.name).sort()).toEqual(['day', 'kind', 'region', 'tier', 'turn_id']);
  });
});
