import { EffectRunner } from '../../src/conversation/effects';
import { ConversationEngine } from '../../src/conversation/engine';
import { createLogger } from '../../src/logger';
import { CrisisTally } from '../../src/safety/crisisTally';
import type { Db } from '../../src/storage/db';
import { StateStore } from '../../src/storage/stateStore';
import { Interpreter } from '../../src/understanding/interpreter';

export interface EngineParts { engine: ConversationEngine; store: StateStore }

/** The conversation core wired as src/app.ts wires it, on the given database, with a silent logger. */
export function createEngine(db: Db): EngineParts {
  const store = new StateStore(db);
  const tally = new CrisisTally(db);
  const effects = new EffectRunner({
    recordCrisis: async (effect) => {
      await tally.record(effect.region);
      return {};
    },
  });
  return { engine: new ConversationEngine(store, new Interpreter(), effects, createLogger('silent')), store };
}
