import type { ConversationEngine, ConversationRecord, TurnResult } from '../../src/conversation/engine';
import { StateStore } from '../../src/storage/stateStore';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import type { PostgresDb } from '../../src/storage/postgresDb';
import { createEngine } from '../helpers/engine';
import { createTestSchema, describePostgres, type TestSchema } from '../helpers/postgres';
import { typed } from '../helpers/turnInputs';
import { anonymous, CONCURRENT_TEXTS } from './support';

/** A turn's answer (its lines, their params and the prompt), comparable whichever turn got which step. */
const said = (result: TurnResult): string => anonymous(JSON.stringify(result));

// Two conversation cores on two connection pools, as two instances would be, released at the same moment: the HTTP test
// (twoInstances) staggers arrivals a little; here all 20 turns read the same eTag together, the worst case for the retry bound.
describePostgres('20 simultaneous turns of one conversation on two pools', () => {
  let schema: TestSchema;
  let pools: PostgresDb[];
  let engines: ConversationEngine[];

  beforeAll(async () => {
    schema = await createTestSchema();
    pools = [schema.connect({ poolSize: 10 }), schema.connect({ poolSize: 10 })];
    await migrate(pools[0], ALL_MIGRATIONS);
    engines = pools.map((pool) => createEngine(pool).engine);
  });

  afterAll(async () => {
    await schema.dispose();
  });

  const open = async (key: string): Promise<void> => {
    await engines[0].turn(key, typed('hi'));
    await engines[1].turn(key, { kind: 'message', text: '', value: { choice: 'reframe.start' } });
  };

  it('applies every turn exactly once: the replies are those of the 20 turns one after another, and none gives up', async () => {
    await open('scale/serial');
    const serial: string[] = [];
    for (const text of CONCURRENT_TEXTS) serial.push(said(await engines[0].turn('scale/serial', typed(text))));

    for (const round of [1, 2, 3]) {
      const key = `scale/concurrent-${round}`;
      await open(key);
      const results = await Promise.all(CONCURRENT_TEXTS.map((text, index) => engines[index % 2].turn(key, typed(text))));
      expect(results.map(said).sort()).toEqual([...serial].sort());
      const stored = await new StateStore(pools[1]).load<ConversationRecord>(key);
      // The reframe finished at the 12th turn; the turns after it, none a time, are asked again at the check-in offer.
      expect(stored?.doc.s).toMatchObject({ value: 'goalCheck', children: { goalCheck: { snapshot: { value: 'offer' } } } });
      expect(stored?.doc.s).not.toHaveProperty('children.reframe');
    }
  });
});
