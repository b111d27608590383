import { EffectRunner, type EffectHandlers } from '../../src/conversation/effects';
import { ConversationEngine, TurnGaveUpError } from '../../src/conversation/engine';
import { createLogger } from '../../src/logger';
import { ConflictError } from '../../src/storage/db';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { StateStore } from '../../src/storage/stateStore';
import { createInterpreter } from '../helpers/engine';
import { openMemoryDb } from '../helpers/memoryDb';
import { typed } from '../helpers/turnInputs';

/** A store on which every save loses to a concurrent turn of the same conversation. */
class AlwaysConflicting extends StateStore {
  async save(key: string): Promise<string> {
    throw new ConflictError(key);
  }
}

describe('a turn that keeps conflicting', () => {
  let db: SqliteDb;

  beforeEach(async () => {
    db = await openMemoryDb();
  });

  afterEach(async () => {
    await db.close();
  });

  it('is tried maxAttempts times, with the pause before each retry, then given up', async () => {
    const pauses: number[] = [];
    const pause = async (attempt: number): Promise<void> => {
      pauses.push(attempt);
    };
    // A greeting asks for no effects.
    const noEffects = new EffectRunner({} as EffectHandlers);
    const engine = new ConversationEngine(new AlwaysConflicting(db), createInterpreter(), noEffects, createLogger('silent'), { maxAttempts: 3, pause });
    await expect(engine.turn('test/contended', typed('hi'))).rejects.toBeInstanceOf(TurnGaveUpError);
    expect(pauses).toEqual([2, 3]);
  });
});
