import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createActor } from 'xstate';
import copy from '../../content/copy.json';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { loadConfig } from '../../src/config/config';
import type { ConversationRecord } from '../../src/conversation/engine';
import { LiveConversations } from '../../src/conversation/liveConversations';
import type { TurnInput } from '../../src/conversation/turnInput';
import { createCore, type Core } from '../../src/core';
import { createLogger } from '../../src/logger';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { SqliteDb } from '../../src/storage/sqliteDb';
import { openMemoryDb } from '../helpers/memoryDb';
import { pressed, typed } from '../helpers/turnInputs';

const answers = { what: 'I failed my driving test', feeling: 'gutted' };

function core(db: SqliteDb, live: LiveConversations): Core {
  return createCore(db, loadConfig({}), createLogger('silent'), { notifiers: {}, live });
}

/** The answers of the reframe under way, as stored: its child's, in the root's snapshot. */
const storedAnswers = async (app: Core, key: string): Promise<unknown> =>
  ((await app.store.load<ConversationRecord>(key))?.doc.s as { children?: { reframe?: { snapshot: { context: { answers: unknown } } } } } | undefined)?.children?.reframe?.snapshot.context.answers;

describe('live conversations: two engines on one SQLite file', () => {
  let dir: string;
  let dbs: SqliteDb[];
  let first: Core;
  let second: Core;
  let firstLive: LiveConversations;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bb-live-'));
    const file = path.join(dir, 'state.db');
    const migrated = SqliteDb.open(file);
    await migrate(migrated, ALL_MIGRATIONS);
    dbs = [migrated, SqliteDb.open(file)];
    firstLive = new LiveConversations(10);
    first = core(dbs[0], firstLive);
    second = core(dbs[1], new LiveConversations(10));
  });

  afterEach(async () => {
    for (const db of dbs) await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a turn written by the other engine is never answered from the stale actor', async () => {
    const key = 'test/shared';
    await first.engine.turn(key, typed('Work through a setback'));
    expect(firstLive.has(key)).toBe(true);

    // The other engine answers "what happened": the first engine's live actor still waits for it.
    expect((await second.engine.turn(key, typed(answers.what))).prompt.step).toBe('reframe.feeling');

    // A stale actor would take this as "what happened" and ask for the feeling; the stored state asks how strong.
    const result = await first.engine.turn(key, typed(answers.feeling));
    expect(result.prompt.step).toBe('reframe.intensity');
    expect(await storedAnswers(first, key)).toEqual(expect.objectContaining(answers));
  });

  it('a conversation deleted by the other engine starts afresh rather than from the live actor', async () => {
    const key = 'test/deleted';
    await first.engine.turn(key, typed('Work through a setback'));
    await first.engine.turn(key, typed(answers.what));
    await second.store.delete([key]);

    const result = await first.engine.turn(key, typed(answers.feeling));
    expect(result.prompt.step).not.toBe('reframe.intensity');
    expect(await storedAnswers(first, key)).not.toEqual(expect.objectContaining({ what: answers.what }));
  });

  it('turns taken in turn by both engines make the same conversation as one engine alone', async () => {
    const script = ['Work through a setback', answers.what, answers.feeling, '7', 'back', '6'];
    const alone = core(dbs[0], new LiveConversations(10));
    for (const [index, text] of script.entries()) {
      await (index % 2 === 0 ? first : second).engine.turn('test/alternating', typed(text));
      await alone.engine.turn('test/alone', typed(text));
    }
    expect(await storedAnswers(first, 'test/alternating')).toEqual(await storedAnswers(first, 'test/alone'));
  });
});

const CHOICE_IDS = Object.keys(copy.choices);
const TEXTS = [...Object.values(copy.choices), 'menu', 'help', 'back', 'stop', 'start over', 'hi', '7', '12', answers.what, answers.feeling];
const turnArb: fc.Arbitrary<TurnInput> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 40 })).map(typed) },
  { weight: 2, arbitrary: fc.constantFrom(...CHOICE_IDS).map((choice) => pressed({ choice })) },
  { weight: 1, arbitrary: fc.constant<TurnInput>({ kind: 'join' }) },
);

describe('live conversations: the same turns as restoring every time', () => {
  it('answers and stores exactly what an engine that restores every turn does', async () => {
    const [liveDb, restoringDb] = [await openMemoryDb(), await openMemoryDb()];
    const live = core(liveDb, new LiveConversations(1000));
    const restoring = core(restoringDb, new LiveConversations(0));
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(turnArb, { minLength: 1, maxLength: 20 }), async (inputs) => {
          run += 1;
          const key = `differential/${run}`;
          for (const input of inputs) {
            expect(await live.engine.turn(key, input, { channelId: 'test' })).toEqual(await restoring.engine.turn(key, input, { channelId: 'test' }));
            expect((await live.store.load(key))?.doc).toEqual((await restoring.store.load(key))?.doc);
          }
        }),
        { seed: 20261128, numRuns: 100 },
      );
    } finally {
      await liveDb.close();
      await restoringDb.close();
    }
  });
});

describe('LiveConversations', () => {
  const actor = (): ReturnType<typeof createActor<typeof bounceBackMachine>> => createActor(bounceBackMachine).start();

  it('gives an actor back only for the eTag it was kept under, and only once', () => {
    const live = new LiveConversations(5);
    const kept = actor();
    live.keep('a', 'etag-1', kept);
    expect(live.take('a', 'etag-2')).toBeUndefined();
    // A wrong eTag drops the entry: the actor is stale for good.
    expect(live.has('a')).toBe(false);
    expect(kept.getSnapshot().status).toBe('stopped');

    const again = actor();
    live.keep('a', 'etag-3', again);
    expect(live.take('a', 'etag-3')).toBe(again);
    expect(live.take('a', 'etag-3')).toBeUndefined();
  });

  it('holds at most its capacity, dropping the least recently kept', () => {
    const live = new LiveConversations(2);
    live.keep('a', '1', actor());
    live.keep('b', '1', actor());
    live.keep('a', '2', actor());
    live.keep('c', '1', actor());
    expect(live.size).toBe(2);
    expect(live.has('b')).toBe(false);
    expect(live.has('a') && live.has('c')).toBe(true);
  });

  it('with no capacity holds nothing', () => {
    const live = new LiveConversations(0);
    live.keep('a', '1', actor());
    expect(live.size).toBe(0);
    expect(live.take('a', '1')).toBeUndefined();
  });
});
