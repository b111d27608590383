import { loadConfig } from '../../src/config/config';
import type { ConversationEngine } from '../../src/conversation/engine';
import { createCore } from '../../src/core';
import { createLogger } from '../../src/logger';
import type { Db } from '../../src/storage/db';
import type { StateStore } from '../../src/storage/stateStore';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import type { Interpreter } from '../../src/understanding/interpreter';

export interface EngineParts { engine: ConversationEngine; store: StateStore }

/** The conversation core wired as src/app.ts wires it (default config, no staff destinations), with a silent logger. */
export function createEngine(db: Db): EngineParts {
  const { engine, store } = createCore(db, loadConfig({}), createLogger('silent'), { notifiers: {} });
  return { engine, store };
}

/** The interpreter as the app builds it: the real language layer, safety net and FAQ. */
export function createInterpreter(): Interpreter {
  return createUnderstanding().interpreter;
}
