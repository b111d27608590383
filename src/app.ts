import type { Server } from 'restify';
import { BounceBackBot } from './channels/bounceBackBot';
import { createCloudAdapter } from './channels/cloudAdapter';
import type { Config } from './config/config';
import { EffectRunner } from './conversation/effects';
import { ConversationEngine } from './conversation/engine';
import { CrisisTally } from './safety/crisisTally';
import type { Logger } from './logger';
import { createServer } from './server';
import type { Db } from './storage/db';
import { openDb } from './storage/openDb';
import { StateStore } from './storage/stateStore';
import { Interpreter } from './understanding/interpreter';
import { attachWebChat } from './web/webChat';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface App {
  server: Server;
  db: Db;
  store: StateStore;
  /** Starts listening; resolves with the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the whole bot from its config: storage, the conversation core, the channels and the HTTP server. */
export async function createApp(config: Config, logger: Logger): Promise<App> {
  const db = await openDb(config.databaseUrl);
  const store = new StateStore(db);
  const tally = new CrisisTally(db);
  const effects = new EffectRunner({
    recordCrisis: async (effect) => {
      await tally.record(effect.region);
      return {};
    },
  });
  const engine = new ConversationEngine(store, new Interpreter(), effects, logger);
  const bot = new BounceBackBot(engine);
  const server = createServer({ adapter: createCloudAdapter(config.bot, logger), bot, logger });
  const webChat = attachWebChat({ server, db, bot, config, logger });

  const sweep = async (): Promise<void> => {
    const deleted = await store.deleteUntouchedSince(Date.now() - config.stateTtlDays * DAY);
    if (deleted > 0) logger.info({ event: 'state.expired', deleted }, 'deleted conversations past their retention period');
    const chats = await webChat.sweep(Date.now() - config.stateTtlDays * DAY);
    if (chats > 0) logger.info({ event: 'webchat.expired', deleted: chats }, 'deleted web chat transcripts past their retention period');
  };
  await sweep();
  const sweeper = setInterval(() => void sweep().catch((error: Error) => logger.error({ event: 'state.sweep.failed', err: error.message })), HOUR);
  sweeper.unref();

  return {
    server,
    db,
    store,
    listen: (port = config.port, host) =>
      new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          resolve(`http://${host ?? 'localhost'}:${address.port}`);
        });
      }),
    close: async () => {
      clearInterval(sweeper);
      webChat.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
