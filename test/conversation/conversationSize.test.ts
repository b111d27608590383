import { choiceLabel } from '../../src/content/copy';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { createEngine } from '../helpers/engine';
import { openMemoryDb } from '../helpers/memoryDb';
import { typed } from '../helpers/turnInputs';
import { TYPED_TURNS } from '../helpers/reframeScript';

const LIMIT = 4096;

describe('stored size of a conversation', () => {
  let db: SqliteDb;

  beforeEach(async () => {
    db = await openMemoryDb();
  });

  afterEach(async () => {
    await db.close();
  });

  it(`stays under ${LIMIT} bytes during and after a full reframe`, async () => {
    const { engine, store } = createEngine(db);
    const key = 'test/size';
    await engine.turn(key, { kind: 'join' });
    await engine.turn(key, typed(choiceLabel('reframe.start')));
    const sizes: number[] = [];
    for (const text of TYPED_TURNS) {
      await engine.turn(key, typed(text));
      sizes.push((await store.sizeOf(key))!);
    }
    const finished = sizes.at(-1)!;
    expect(finished).toBeLessThan(LIMIT);
    expect(Math.max(...sizes)).toBeLessThan(LIMIT);
    // Finishing forgets the answers, so the finished conversation is smaller than it was part-way.
    expect(finished).toBeLessThan(Math.max(...sizes));
  });
});
