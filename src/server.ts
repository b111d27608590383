import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { BounceBackBot } from './channels/bounceBackBot';
import { activityProblem } from './channels/activityShape';
import { openModeProblem } from './channels/openMode';
import { readinessHandler } from './health/readiness';
import { processUnlessDatabaseDown } from './health/unavailableTurns';
import type { Logger } from './logger';
import type { Db } from './storage/db';
import { registerStaffRoutes } from './staff/staffApi';
import { registerStaffPage, type StaffPageParts } from './staff/staffPage';
import { bodyDeadline, hasBody } from './web/bodyDeadline';
import { getAndHead, sendJson } from './web/getAndHead';
import { registerSecurityHeaders } from './web/securityHeaders';

export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerParts {
  adapter: CloudAdapter;
  bot: BounceBackBot;
  logger: Logger;
  /** Pinged by GET /readyz. */
  database: Pick<Db, 'ping'>;
  staff?: StaffPageParts;
  /** No MicrosoftAppId: nobody's token is checked on /api/messages, so replies may not go to other hosts. */
  openMode: boolean;
  /** How long a request's body may take to arrive. */
  bodyTimeoutMs: number;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** A request that carries a body in anything but JSON gets 415 and reaches no handler. */
function refuseNonJsonBodies(req: Request, res: Response, next: (error?: false) => void): void {
  if (!hasBody(req) || JSON_TYPE.test(req.headers['content-type'] ?? '')) return next();
  res.send(415, { error: { code: 'UnsupportedMediaType', message: 'Send JSON (Content-Type: application/json).' } });
  next(false);
}

/** The HTTP surface. Handlers are async and never take `next` (restify 11 asserts on that). */
export function createServer({ adapter, bot, logger, database, staff, openMode, bodyTimeoutMs }: ServerParts): Server {
  const server = restify.createServer({ name: 'bounce-back', handleUncaughtExceptions: false });
  // Every response carries them: the API's, errors' and unmatched routes' as well as the page's.
  registerSecurityHeaders(server);
  // JSON only: a form or multipart body is what a plain HTML form on another site can send without a CORS preflight.
  server.use(refuseNonJsonBodies);
  server.use(bodyDeadline(bodyTimeoutMs));
  // restify's types leave out maxBodySize, which the body reader inside jsonBodyParser honours (the 413 test shows it).
  const jsonOptions = { maxBodySize: MAX_BODY_BYTES, mapParams: false };
  server.use(restify.plugins.jsonBodyParser(jsonOptions));

  server.post('/api/messages', async (req: Request, res: Response) => {
    // botbuilder answers a malformed activity with 500 and its own internals, and some still run a turn.
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: { code: 'BadRequest', message: problem } });
      return;
    }
    const refused = openMode ? openModeProblem(req.body as Record<string, unknown>) : undefined;
    if (refused) {
      res.send(403, { error: { code: 'Forbidden', message: refused } });
      return;
    }
    await processUnlessDatabaseDown(adapter, req, res, (context) => bot.run(context), logger);
  });

  getAndHead(server, '/healthz', async (_req: Request, res: Response) => {
    sendJson(res, 200, { status: 'ok' });
  });

  getAndHead(server, '/readyz', readinessHandler(database));
  if (staff) {
    registerStaffRoutes(server, staff);
    registerStaffPage(server, staff);
  }

  server.on('restifyError', (req: Request, _res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    logger.info({ event: 'http.rejected', method: req.method, route: req.getRoute()?.path, status: error.statusCode }, 'request rejected');
    callback();
  });
  return server;
}
