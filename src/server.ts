import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { BounceBackBot } from './channels/bounceBackBot';
import { readinessHandler } from './health/readiness';
import { processUnlessDatabaseDown } from './health/unavailableTurns';
import type { Logger } from './logger';
import type { Db } from './storage/db';
import { registerStaffRoutes, type StaffApiParts } from './staff/staffApi';

export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerParts {
  adapter: CloudAdapter;
  bot: BounceBackBot;
  logger: Logger;
  /** Pinged by GET /readyz. */
  database: Pick<Db, 'ping'>;
  staff?: StaffApiParts;
}

/** The HTTP surface. Handlers are async and never take `next` (restify 11 asserts on that). */
export function createServer({ adapter, bot, logger, database, staff }: ServerParts): Server {
  const server = restify.createServer({ name: 'bounce-back', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    await processUnlessDatabaseDown(adapter, req, res, (context) => bot.run(context), logger);
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', readinessHandler(database));
  if (staff) registerStaffRoutes(server, staff);

  server.on('restifyError', (req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    logger.info({ event: 'http.rejected', method: req.method, route: req.getRoute()?.path, status: error.statusCode }, 'request rejected');
    callback();
  });
  return server;
}
