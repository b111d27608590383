import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../logger';
import { catchOutage, type Logic } from './outageCatcher';

/**
 * Runs a turn through the adapter, but answers 503 when the database was unavailable for it, so the channel retries later.
 * CloudAdapter writes the response itself once the logic returns, so its own answer is held back after an outage.
 */
export async function processUnlessDatabaseDown(adapter: CloudAdapter, req: Request, res: Response, logic: Logic, logger: Logger): Promise<void> {
  const turn = catchOutage(logic);
  const unlessHeldBack = <A extends unknown[]>(write: (...args: A) => unknown) => (...args: A): void => {
    if (!turn.outage()) write(...args);
  };
  const response = {
    socket: res.socket,
    status: unlessHeldBack((code: number) => res.status(code)),
    header: unlessHeldBack((name: string, value: unknown) => res.header(name, value)),
    send: unlessHeldBack((body?: unknown) => res.send(body)),
    end: unlessHeldBack(() => res.end()),
  };
  await adapter.process(req, response, turn.logic);
  const unavailable = turn.outage();
  if (unavailable) {
    logger.warn({ event: 'turn.database_unavailable', reason: unavailable.reason }, 'a turn failed because the database is unavailable; answered 503');
    res.header('Retry-After', '5');
    res.send(503, { status: 'unavailable' });
  }
}
