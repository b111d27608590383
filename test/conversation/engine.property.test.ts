import fc from 'fast-check';
import copy from '../../content/copy.json';
import type { ConversationEngine, TurnResult } from '../../src/conversation/engine';
import type { TurnInput } from '../../src/conversation/turnInput';
import { lineText } from '../../src/render/lineText';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import type { StateStore } from '../../src/storage/stateStore';
import { createEngine } from '../helpers/engine';
import { openMemoryDb } from '../helpers/memoryDb';
import { pressed, typed } from '../helpers/turnInputs';

const CHOICE_IDS = Object.keys(copy.choices);
const LABELS = Object.values(copy.choices);
const COMMANDS = ['menu', 'stop', 'help', 'back', 'start over', 'hi', 'restart', 'go back', 'cancel'];
const SAMPLES = ['7', '11', 'ten', '3/10', "I'm a failure", "I didn't succeed this time, but I can learn from it.", '😞', '', '   ', 'always messing up'];

const textArb = fc.oneof(
  fc.constantFrom(...COMMANDS, ...LABELS, ...SAMPLES),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const valueArb = fc.oneof(
  fc.record({ choice: fc.constantFrom(...CHOICE_IDS, 'cmd.unknown', '__proto__') }),
  fc.record({ choice: fc.anything() }),
  fc.anything(),
);
const inputArb: fc.Arbitrary<TurnInput> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<TurnInput>({ kind: 'join' }) },
  { weight: 6, arbitrary: textArb.map((text): TurnInput => ({ kind: 'message', text })) },
  { weight: 2, arbitrary: valueArb.map((value): TurnInput => ({ kind: 'message', text: '', value })) },
  { weight: 1, arbitrary: fc.constant<TurnInput>({ kind: 'message', text: '' }) },
);


function expectWords(result: TurnResult): void {
  expect(lineText(result.prompt).trim()).not.toBe('');
  for (const say of result.says) {
    if (say.key !== 'summary') expect(lineText(say).trim()).not.toBe('');
  }
}

/** From wherever the conversation is, on a copy of it: MENU reaches the menu, and the menu reaches the reframe. */
async function expectWayOut(engine: ConversationEngine, store: StateStore, key: string, probe: string): Promise<void> {
  const stored = await store.load(key);
  await store.delete([probe]);
  if (stored) await store.save(probe, stored.doc, null);
  const menu = await engine.turn(probe, typed('menu'));
  expect(menu.prompt.step).toBe('menu');
  const start = menu.prompt.choices.find((id) => id === 'reframe.start' || id === 'reframe.resume');
  expect(start).toBeDefined();
  const reframe = await engine.turn(probe, pressed({ choice: start }));
  expect(reframe.prompt.step).toMatch(/^reframe\./);
}

describe('property: random turns through the engine', () => {
  let db: SqliteDb;

  beforeAll(async () => {
    db = await openMemoryDb();
  });

  afterAll(async () => {
    await db.close();
  });

  it('never throws, always answers with words, and never strands the person', async () => {
    const { engine, store } = createEngine(db);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(inputArb, { minLength: 1, maxLength: 25 }), async (inputs) => {
        run += 1;
        const key = `property/${run}`;
        for (const input of inputs) {
          const result = await engine.turn(key, input, { channelId: 'test' });
          expectWords(result);
          await expectWayOut(engine, store, key, `${key}/probe`);
        }
      }),
      { seed: 20240601, numRuns: 150 },
    );
  });
});
