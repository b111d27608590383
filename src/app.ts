import type { Server } from 'restify';
import { createCloudAdapter } from './channels/cloudAdapter';
import { ChannelGoalCheckDelivery } from './channels/goalCheckDelivery';
import { dataDirectory, type Config } from './config/config';
import { createCore } from './core';
import { PostgresFanout } from './directline/postgresFanout';
import { loadTokenKey } from './directline/tokens';
import { GoalCheckReturns } from './goalChecks/goalCheckReturns';
import { GoalCheckScheduler } from './goalChecks/goalCheckScheduler';
import type { HandoffModule } from './handoff/handoffModule';
import type { Logger } from './logger';
import { BounceBackMetrics } from './metrics/metrics';
import { registerMetricsRoute } from './metrics/metricsRoute';
import { createServer } from './server';
import type { Db } from './storage/db';
import { dedicatedClient } from './storage/postgresDb';
import { openDb } from './storage/openDb';
import type { StateStore } from './storage/stateStore';
import { startPolling } from './timers/polling';
import { attachWebChat } from './web/webChat';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface App {
  server: Server;
  db: Db;
  store: StateStore;
  handoff: HandoffModule;
  /** Asks due check-ins on a goal (on a timer; tests call runOnce). */
  goalChecks: GoalCheckScheduler;
  /** Starts listening; resolves with the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** The clock check-ins are planned and sent by; injected so tests can move time. */
  now?: () => number;
}

/** Builds the whole bot from its config: storage, the conversation core, the channels and the HTTP server. */
export async function createApp(config: Config, logger: Logger, { now = Date.now }: AppOptions = {}): Promise<App> {
  const db = await openDb(config.databaseUrl, { poolSize: config.databasePoolSize, startupTimeoutSeconds: config.dbStartupTimeoutSeconds, logger });
  const metrics = new BounceBackMetrics();
  const { store, tally, handoff, questions, goalChecks, engine, bot } = createCore(db, config, logger, { observer: metrics, now });
  const staff = {
    adminToken: config.handoff.adminToken, requests: handoff.requests, tally,
    serverSecret: loadTokenKey(config.directLine.tokenSecret, dataDirectory(config)), sessionHours: config.handoff.staffSessionHours,
    ...(config.unansweredQuestions ? { unanswered: questions } : {}),
  };
  const adapter = createCloudAdapter(config.bot, logger, config.outboundTimeoutSeconds * 1000);
  const server = createServer({ adapter, openMode: !config.bot.appId, bodyTimeoutMs: config.requestBodyTimeoutSeconds * 1000, bot, logger, database: db, staff });
  // Several instances on one PostgreSQL: a web chat stream open on one gets the replies another produces.
  const fanout = db.engine === 'postgres' ? new PostgresFanout(db, () => dedicatedClient(config.databaseUrl), logger) : undefined;
  const returns = new GoalCheckReturns(goalChecks, engine, now);
  const webChat = attachWebChat({ server, db, bot, config, logger, fanout, returning: (returnKey, conversationId) => returns.arrive(returnKey, conversationId) });
  await webChat.listening;
  metrics.readAtScrape({ pendingNotifications: async () => (await handoff.outbox.counts()).pending ?? 0, openStreams: webChat.openStreams, pendingGoalChecks: () => goalChecks.pending() });
  registerMetricsRoute(server, { registry: metrics.registry, tokens: [config.handoff.adminToken, config.metricsToken] });

  const cutoff = (): number => Date.now() - config.stateTtlDays * DAY;
  const retention: Array<[string, () => Promise<number>]> = [
    ['state.expired', () => store.deleteUntouchedSince(cutoff())],
    ['contact_requests.expired', () => handoff.sweep()],
    ['webchat.expired', () => webChat.sweep(cutoff())],
    ['unanswered_questions.expired', () => questions.deleteExpired()],
  ];
  const sweep = async (): Promise<void> => {
    for (const [event, deleteExpired] of retention) {
      const deleted = await deleteExpired();
      if (deleted > 0) logger.info({ event, deleted }, 'deleted records past their retention period');
    }
  };
  await sweep();
  const sweeper = setInterval(() => void sweep().catch((error: Error) => logger.error({ event: 'state.sweep.failed', err: error.message })), HOUR);
  sweeper.unref();
  handoff.start();
  const scheduler = new GoalCheckScheduler(goalChecks, new ChannelGoalCheckDelivery(bot, adapter, config.bot.appId, webChat.embedded), logger, { now, observer: metrics });
  const polling = startPolling(() => scheduler.runOnce(), config.goalCheckIntervalSeconds * 1000, (error) => logger.error({ event: 'goalCheck.run.failed', err: error.message }, 'due check-ins could not be sent'));

  return {
    server,
    db,
    store,
    handoff,
    goalChecks: scheduler,
    listen: (port = config.port, host) =>
      new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host ?? 'localhost'}:${address.port}`);
        });
      }),
    close: async () => {
      clearInterval(sweeper);
      await polling.stop();
      await handoff.stop();
      webChat.close();
      await fanout?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
