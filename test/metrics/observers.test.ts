import { createActor } from 'xstate';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { promptFor, type BounceBackSnapshot } from '../../dialogs/prompts';
import { EffectRunner, type EffectHandlers } from '../../src/conversation/effects';
import { ConversationEngine } from '../../src/conversation/engine';
import type { AnsweredTurn } from '../../src/conversation/turnObserver';
import { createLogger } from '../../src/logger';
import { ConflictError } from '../../src/storage/db';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { StateStore } from '../../src/storage/stateStore';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import type { FaqOutcome } from '../../src/understanding/interpreter';
import { openMemoryDb } from '../helpers/memoryDb';
import { pressed, typed } from '../helpers/turnInputs';

/** A store whose first save loses to a concurrent turn, as when two turns of one conversation arrive together. */
class ConflictingOnce extends StateStore {
  private conflicted = false;

  override async save(key: string, doc: unknown, expected: string | null): Promise<string> {
    if (!this.conflicted) {
      this.conflicted = true;
      throw new ConflictError(key);
    }
    return super.save(key, doc, expected);
  }
}

describe('the engine tells its observer of each answered turn once', () => {
  let db: SqliteDb;

  beforeEach(async () => {
    db = await openMemoryDb();
  });

  afterEach(async () => {
    await db.close();
  });

  it('after the save, however many attempts the turn took', async () => {
    let crisisRecorded = 0;
    const recordCrisis = async () => {
      crisisRecorded += 1;
      return {};
    };
    // Only the crisis effect is expected: any other would find no handler and fail the turn.
    const effects = new EffectRunner({ recordCrisis } as unknown as EffectHandlers);
    const told: AnsweredTurn[] = [];
    const engine = new ConversationEngine(new ConflictingOnce(db), createUnderstanding().interpreter, effects, createLogger('silent'), {
      pause: async () => undefined,
      observer: { turnAnswered: (turn) => told.push(turn) },
    });
    await engine.turn('msteams/retried', typed('I want to kill myself'), { channelId: 'msteams' });

    // The crisis effect ran in both attempts (the tally is idempotent by turn), the observer heard of one turn.
    expect(crisisRecorded).toBe(2);
    expect(told).toHaveLength(1);
    expect(told[0].channelId).toBe('msteams');
    expect(told[0].seconds).toBeGreaterThan(0);
    expect(told[0].effects).toEqual([{ kind: 'recordCrisis', region: 'GB', harm: 'suicidal', tier: 'clear' }]);
  });
});

describe('the interpreter tells its observer what a typed question got', () => {
  const outcomes: FaqOutcome[] = [];
  const { interpreter } = createUnderstanding(undefined, undefined, { faqLookup: (outcome) => outcomes.push(outcome) });
  const menu = promptFor(createActor(bounceBackMachine).start().getSnapshot() as BounceBackSnapshot);
  const toldFor = (input: Parameters<typeof interpreter.interpret>[0]): FaqOutcome[] => {
    outcomes.length = 0;
    interpreter.interpret(input, menu);
    return [...outcomes];
  };

  it('answered, or unanswered when the article has nothing', () => {
    expect(toldFor(typed('what is a growth mindset?'))).toEqual(['answered']);
    expect(toldFor(typed('how much does therapy cost?'))).toEqual(['unanswered']);
  });

  it('nothing for a question picked by button, a story or a command', () => {
    expect(interpreter.interpret(pressed({ choice: 'faq.growth-mindset' }), menu)).toMatchObject({ type: 'INFO', says: [{ key: 'faq.answer' }] });
    expect(toldFor(pressed({ choice: 'faq.growth-mindset' }))).toEqual([]);
    expect(toldFor(typed('I failed my driving test again'))).toEqual([]);
    expect(toldFor(typed('menu'))).toEqual([]);
  });
});
