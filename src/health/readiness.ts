import type { Request, Response } from 'restify';
import type { Db } from '../storage/db';
import { sendJson } from '../web/getAndHead';

/**
 * GET (and HEAD) /readyz for load balancers: 200 while the database answers, 503 while it does not.
 * /healthz stays a liveness check, so an orchestrator does not restart a healthy process because its database blinked.
 */
export function readinessHandler(database: Pick<Db, 'ping'>) {
  return async (_req: Request, res: Response): Promise<void> => {
    const ready = await database.ping();
    res.header('Cache-Control', 'no-store');
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
  };
}
