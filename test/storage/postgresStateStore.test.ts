import { ConflictError, type Db } from '../../src/storage/db';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { StateStore } from '../../src/storage/stateStore';
import { createTestSchema, describePostgres, type TestSchema } from '../helpers/postgres';

const CONTENDERS = 20;

describePostgres('StateStore on PostgreSQL', () => {
  let schema: TestSchema;
  let db: Db;
  let store: StateStore;

  beforeAll(async () => {
    schema = await createTestSchema();
    db = schema.connect({ poolSize: 10 });
    await migrate(db, ALL_MIGRATIONS);
    store = new StateStore(db);
  });

  afterAll(async () => {
    await schema.dispose();
  });

  async function race(save: (index: number) => Promise<string>): Promise<{ winners: number[]; conflicts: number }> {
    const outcomes = await Promise.allSettled(Array.from({ length: CONTENDERS }, (_, index) => save(index)));
    const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
    const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(losers.every((reason) => reason instanceof ConflictError)).toBe(true);
    return { winners, conflicts: losers.length };
  }

  it(`lets exactly one of ${CONTENDERS} concurrent saves with the same eTag win`, async () => {
    const eTag = await store.save('race/update', { n: -1 }, null);
    const { winners, conflicts } = await race((index) => store.save('race/update', { n: index }, eTag));
    expect(winners).toHaveLength(1);
    expect(conflicts).toBe(CONTENDERS - 1);
    expect((await store.load('race/update'))?.doc).toEqual({ n: winners[0] });
  });

  it(`lets exactly one of ${CONTENDERS} concurrent first saves create the conversation`, async () => {
    const { winners, conflicts } = await race((index) => store.save('race/create', { n: index }, null));
    expect(winners).toHaveLength(1);
    expect(conflicts).toBe(CONTENDERS - 1);
    expect((await store.load('race/create'))?.doc).toEqual({ n: winners[0] });
  });

  it('deletes only conversations untouched since the cutoff, counting them', async () => {
    const old = new StateStore(db, () => 1_000);
    await old.save('ttl/old', { old: true }, null);
    await store.save('ttl/new', { old: false }, null);
    expect(await store.deleteUntouchedSince(2_000)).toBe(1);
    expect(await store.load('ttl/old')).toBeUndefined();
    expect(await store.load('ttl/new')).toBeDefined();
  });
});
