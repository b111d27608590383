import type { Db } from '../../src/storage/db';
import { GoalCheckStore, newReturnKey, type NewGoalCheck } from '../../src/goalChecks/goalCheckStore';
import { openMemoryDb } from '../helpers/memoryDb';
import { describePostgres, openFreshPostgresDb } from '../helpers/postgres';

const check = (overrides: Partial<NewGoalCheck> = {}): NewGoalCheck => ({
  conversationKey: 'msteams/a:1', turnId: 'turn-1', channelId: 'msteams', address: { serviceUrl: 'https://smba.example', conversation: { id: 'a:1' } },
  timeZone: 'Europe/London', goal: 'Try one new technique', dueAt: 5_000, ...overrides,
});

function storeSuite(open: () => Promise<Db>): void {
  let db: Db;
  let now: number;
  let store: GoalCheckStore;

  beforeEach(async () => {
    db = await open();
    now = 1_000;
    store = new GoalCheckStore(db, () => now);
  });
  afterEach(async () => db.close());

  it('keeps one check-in per conversation: a retried turn stores it once, and a newer goal replaces an older one', async () => {
    await store.add(check());
    await store.add(check());
    expect(await store.plannedFor('msteams/a:1')).toEqual([{ goal: 'Try one new technique', dueAt: 5_000, timeZone: 'Europe/London' }]);
    await store.add(check({ turnId: 'turn-2', goal: 'Ask one question in the meeting', dueAt: 9_000 }));
    expect((await store.plannedFor('msteams/a:1')).map((planned) => planned.goal)).toEqual(['Ask one question in the meeting']);
    await store.add(check({ conversationKey: 'msteams/a:2', turnId: 'turn-3' }));
    expect(await store.plannedFor('msteams/a:2')).toHaveLength(1);
  });

  it('claims only what is due, each once until its lease ends, and answers what a delivery needs', async () => {
    await store.add(check());
    expect(await store.claimDue(60_000, 10)).toEqual([]);
    now = 5_000;
    const [claimed] = await store.claimDue(60_000, 10);
    expect(claimed).toEqual({ id: expect.any(String), conversationKey: 'msteams/a:1', channelId: 'msteams', address: check().address, goal: 'Try one new technique', firstDueAt: 5_000, attempts: 1 });
    expect(await store.claimDue(60_000, 10)).toEqual([]);
    now = 65_001;
    expect(await store.claimDue(60_000, 10)).toHaveLength(1);
  });

  it('a postponed one comes again when its new time is due; a removed one never', async () => {
    await store.add(check());
    now = 5_000;
    const [claimed] = await store.claimDue(60_000, 10);
    await store.postpone(claimed.id, 8_000);
    now = 7_999;
    expect(await store.claimDue(60_000, 10)).toEqual([]);
    now = 8_000;
    const [again] = await store.claimDue(60_000, 10);
    expect(again).toMatchObject({ id: claimed.id, firstDueAt: 5_000, attempts: 2 });
    await store.remove(again.id);
    now = 1e12;
    expect(await store.claimDue(60_000, 10)).toEqual([]);
  });

  it('moves a web chat check-in to the new conversation of the browser that shows its key, and no other', async () => {
    const returnKey = newReturnKey();
    await store.add(check({ conversationKey: 'webchat:old', address: undefined, returnKey }));
    expect(await store.moveReturning(newReturnKey(), 'webchat:stranger')).toEqual([]);
    expect(await store.moveReturning(returnKey, 'webchat:new')).toEqual([{ id: expect.any(String), goal: 'Try one new technique', dueAt: 5_000 }]);
    expect(await store.plannedFor('webchat:old')).toEqual([]);
    expect(await store.plannedFor('webchat:new')).toHaveLength(1);
    // The key itself is never stored.
    expect(JSON.stringify(await db.all('SELECT * FROM goal_checks'))).not.toContain(returnKey);
  });

  it('deletes a conversation’s check-ins ("stop check-ins", "delete my data") and says how many', async () => {
    await store.add(check());
    await store.add(check({ conversationKey: 'msteams/a:2', turnId: 'turn-2' }));
    expect(await store.deleteFor('msteams/a:1')).toBe(1);
    expect(await store.deleteFor('msteams/a:1')).toBe(0);
    expect(await store.plannedFor('msteams/a:2')).toHaveLength(1);
  });
}

describe('GoalCheckStore on SQLite', () => storeSuite(openMemoryDb));
describePostgres('GoalCheckStore on PostgreSQL', () => storeSuite(openFreshPostgresDb));
