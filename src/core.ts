import { BounceBackBot } from './channels/bounceBackBot';
import type { Config } from './config/config';
import { EffectRunner } from './conversation/effects';
import { ConversationEngine } from './conversation/engine';
import { LiveConversations } from './conversation/liveConversations';
import type { TurnObserver } from './conversation/turnObserver';
import { unansweredQuestionEffects } from './faq/unansweredQuestionEffects';
import { UnansweredQuestionStore } from './faq/unansweredQuestions';
import { createHandoffModule, notifiersFor, type HandoffModule } from './handoff/handoffModule';
import type { Notifier, OutboxObserver } from './handoff/outbox';
import type { Logger } from './logger';
import { createGoalCheckEffects } from './goalChecks/goalCheckEffects';
import { GoalCheckStore } from './goalChecks/goalCheckStore';
import { REGION_ZONES } from './goalChecks/goalCheckTime';
import { createPrivacyEffects } from './privacy/privacyEffects';
import { createUnderstanding } from './understanding/createUnderstanding';
import type { FaqObserver } from './understanding/interpreter';
import { CrisisTally } from './safety/crisisTally';
import type { Db } from './storage/db';
import { StateStore } from './storage/stateStore';

/**
 * Running actors kept for recently used conversations. Enough for the conversations active at once on one
 * instance; more costs memory (1,000 added about 45 MB of RSS under the bench) for turns that are rarely that close together.
 */
const LIVE_CONVERSATIONS = 256;

/** The conversation core on a database: what every channel, test and benchmark drives. */
export interface Core {
  store: StateStore;
  tally: CrisisTally;
  handoff: HandoffModule;
  /** Questions the FAQ could not answer, kept for the practice (recorded only while UNANSWERED_QUESTIONS is on). */
  questions: UnansweredQuestionStore;
  /** Check-ins on a learning goal the person agreed to. */
  goalChecks: GoalCheckStore;
  engine: ConversationEngine;
  bot: BounceBackBot;
}

/** Told what the core does, as counts and times (src/metrics implements it); unset, no one is told. */
export type CoreObserver = TurnObserver & FaqObserver & OutboxObserver;

/** The core's optional parts; each has a default. */
export interface CoreOptions {
  /** Where staff are told of contact requests (default: from the config). */
  notifiers?: Record<string, Notifier>;
  live?: LiveConversations;
  observer?: CoreObserver;
  /** The clock check-ins are planned by; injected so tests can move time. */
  now?: () => number;
}

export function createCore(db: Db, config: Config, logger: Logger, options: CoreOptions = {}): Core {
  const {
    notifiers = notifiersFor(config.handoff, config.outboundTimeoutSeconds * 1000),
    live = new LiveConversations(LIVE_CONVERSATIONS),
    observer,
    now = Date.now,
  } = options;
  const store = new StateStore(db);
  const tally = new CrisisTally(db);
  const questions = new UnansweredQuestionStore(db);
  const goalChecks = new GoalCheckStore(db, now);
  const handoff = createHandoffModule(db, config, logger, notifiers, observer);
  const effects = new EffectRunner({
    recordCrisis: async (effect, turn) => {
      await tally.record(effect, turn.turnId);
      return {};
    },
    ...handoff.effects,
    ...unansweredQuestionEffects(questions, config.unansweredQuestions),
    ...createGoalCheckEffects(goalChecks, now, REGION_ZONES[config.crisisRegion], logger),
    ...createPrivacyEffects(db, handoff.requests, goalChecks, config, logger),
  });
  const { interpreter } = createUnderstanding(config.crisisRegion, config.faq, observer);
  const engine = new ConversationEngine(store, interpreter, effects, logger, { live, observer });
  const bot = new BounceBackBot(engine, { handoffEvent: config.handoff.handoffEvent });
  return { store, tally, handoff, questions, goalChecks, engine, bot };
}
