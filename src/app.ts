import type { Server } from 'restify';
import { createCloudAdapter } from './channels/cloudAdapter';
import type { Config } from './config/config';
import { createCore } from './core';
import { PostgresFanout } from './directline/postgresFanout';
import type { HandoffModule } from './handoff/handoffModule';
import type { Logger } from './logger';
import { createServer } from './server';
import type { Db } from './storage/db';
import { dedicatedClient } from './storage/postgresDb';
import { openDb } from './storage/openDb';
import type { StateStore } from './storage/stateStore';
import { attachWebChat } from './web/webChat';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface App {
  server: Server;
  db: Db;
  store: StateStore;
  handoff: HandoffModule;
  /** Starts listening; resolves with the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the whole bot from its config: storage, the conversation core, the channels and the HTTP server. */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  const db = await openDb(config.databaseUrl, { poolSize: config.databasePoolSize, startupTimeoutSeconds: config.dbStartupTimeoutSeconds, logger });
  const { store, tally, handoff, bot } = createCore(db, config, logger);
  const staff = { adminToken: config.handoff.adminToken, requests: handoff.requests, tally };
  const server = createServer({ adapter: createCloudAdapter(config.bot, logger, config.outboundTimeoutSeconds * 1000), openMode: !config.bot.appId, bodyTimeoutMs: config.requestBodyTimeoutSeconds * 1000, bot, logger, database: db, staff });
  // Several instances on one PostgreSQL: a web chat stream open on one gets the replies another produces.
  const fanout = db.engine === 'postgres' ? new PostgresFanout(db, () => dedicatedClient(config.databaseUrl), logger) : undefined;
  const webChat = attachWebChat({ server, db, bot, config, logger, fanout });
  await webChat.listening;

  const cutoff = (): number => Date.now() - config.stateTtlDays * DAY;
  const retention: Array<[string, () => Promise<number>]> = [
    ['state.expired', () => store.deleteUntouchedSince(cutoff())],
    ['contact_requests.expired', () => handoff.sweep()],
    ['webchat.expired', () => webChat.sweep(cutoff())],
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

  return {
    server,
    db,
    store,
    handoff,
    listen: (port = config.port, host) =>
      new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host ?? 'localhost'}:${address.port}`);
        });
      }),
    close: async () => {
      clearInterval(sweeper);
      await handoff.stop();
      webChat.close();
      await fanout?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
