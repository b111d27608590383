import { MACHINE_VERSION } from '../../dialogs/bounceBack';
import * as prompts from '../../dialogs/prompts';
import { words } from '../../src/content/copy';
import type { ConversationEngine, ConversationRecord } from '../../src/conversation/engine';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import type { StateStore } from '../../src/storage/stateStore';
import { createEngine } from '../helpers/engine';
import { openMemoryDb } from '../helpers/memoryDb';
import { typed } from '../helpers/turnInputs';

const answers = { what: 'I failed my driving test', feeling: 'gutted' };

describe('stored snapshots the current machine cannot use', () => {
  let db: SqliteDb;
  let engine: ConversationEngine;
  let store: StateStore;

  beforeEach(async () => {
    db = await openMemoryDb();
    ({ engine, store } = createEngine(db));
  });

  afterEach(async () => {
    await db.close();
  });

  const unusable: Array<[string, unknown]> = [
    ['written by an older machine version', { v: 0, s: { status: 'active', value: { reframe: 'intensity' }, context: { answers }, children: {}, historyValue: {} } }],
    ['in a reframe step that no longer exists', { v: MACHINE_VERSION, s: { status: 'active', value: 'reframe', context: { reframe: { xstate$$type: 1, id: 'reframe' } }, children: { reframe: { snapshot: { status: 'active', value: 'gratitude', context: { answers }, children: {} }, src: 'reframe', syncSnapshot: false } }, historyValue: {} } }],
    ['in a top-level state that no longer exists', { v: MACHINE_VERSION, s: { status: 'active', value: 'lobby', context: {}, children: {}, historyValue: {} } }],
    // Its prompt could still be derived ("delete my data" asks to confirm): only XState's own status says it was not restored.
    ['with an invoked child in a state that no longer exists', { v: MACHINE_VERSION, s: { status: 'active', value: 'privacy', context: {}, children: { privacy: { snapshot: { status: 'active', value: 'shredding', context: { hadAnswers: true, deleted: false }, children: {} }, src: 'privacy', syncSnapshot: false } }, historyValue: {} } }],
    ['that is not a record', 'garbage'],
  ];

  it.each(unusable)('%s: one-line apology, a fresh start, nothing crashes', async (_name, record) => {
    await store.save('test/old', record, null);
    const result = await engine.turn('test/old', typed('hello'));
    expect(result.says[0]).toEqual({ key: 'global.restartApology' });
    expect(words('global.restartApology')).not.toContain('\n');
    expect(result.says.filter((say) => say.key === 'global.restartApology')).toHaveLength(1);
    // A fresh start: the menu with nothing to carry on.
    expect(result.prompt).toEqual(expect.objectContaining({ step: 'menu', key: 'menu.prompt' }));

    // The fresh state was saved in the current version, so the next turn has no apology and works.
    const stored = await store.load<ConversationRecord>('test/old');
    expect(stored?.doc.v).toBe(MACHINE_VERSION);
    const next = await engine.turn('test/old', typed('Work through a setback'));
    expect(next.says.map((say) => say.key)).not.toContain('global.restartApology');
    expect(next.prompt.step).toBe('reframe.what');
  });

  it('a turn derives the prompt once for the state it reads the input against and once for the one it ends in, restored or live', async () => {
    const derived = jest.spyOn(prompts, 'promptFor');
    try {
      await engine.turn('test/count', typed('Work through a setback'));
      expect(derived).toHaveBeenCalledTimes(2);
      // Live: the same engine carries on with its running actor.
      await engine.turn('test/count', typed(answers.what));
      expect(derived).toHaveBeenCalledTimes(4);
      // Restored: another engine on the same database has no live actor for it.
      const result = await createEngine(db).engine.turn('test/count', typed(answers.feeling));
      expect(derived).toHaveBeenCalledTimes(6);
      expect(result.prompt.step).toBe('reframe.intensity');
    } finally {
      derived.mockRestore();
    }
  });

  it('a current snapshot is restored without an apology', async () => {
    await engine.turn('test/current', typed('Work through a setback'));
    await engine.turn('test/current', typed(answers.what));
    const result = await engine.turn('test/current', typed(answers.feeling));
    expect(result.says.map((say) => say.key)).not.toContain('global.restartApology');
    expect(result.prompt.step).toBe('reframe.intensity');
  });
});
