import { BounceBackBot } from './channels/bounceBackBot';
import type { Config } from './config/config';
import { EffectRunner } from './conversation/effects';
import { ConversationEngine } from './conversation/engine';
import { LiveConversations } from './conversation/liveConversations';
import { createHandoffModule, notifiersFor, type HandoffModule } from './handoff/handoffModule';
import type { Notifier } from './handoff/outbox';
import type { Logger } from './logger';
import { createPrivacyEffects } from './privacy/privacyEffects';
import { createUnderstanding } from './understanding/createUnderstanding';
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
  engine: ConversationEngine;
  bot: BounceBackBot;
}

export function createCore(
  db: Db,
  config: Config,
  logger: Logger,
  notifiers: Record<string, Notifier> = notifiersFor(config.handoff, config.outboundTimeoutSeconds * 1000),
  live = new LiveConversations(LIVE_CONVERSATIONS),
): Core {
  const store = new StateStore(db);
  const tally = new CrisisTally(db);
  const handoff = createHandoffModule(db, config, logger, notifiers);
  const effects = new EffectRunner({
    recordCrisis: async (effect, turn) => {
      await tally.record(effect, turn.turnId);
      return {};
    },
    ...handoff.effects,
    ...createPrivacyEffects(db, handoff.requests, config, logger),
  });
  const { interpreter } = createUnderstanding(config.crisisRegion, config.faq);
  const engine = new ConversationEngine(store, interpreter, effects, logger, { live });
  const bot = new BounceBackBot(engine, { handoffEvent: config.handoff.handoffEvent });
  return { store, tally, handoff, engine, bot };
}
