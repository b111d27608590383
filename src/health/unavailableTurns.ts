import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../logger';
import { DatabaseUnavailableError } from '../storage/databaseUnavailable';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * Runs a turn through the adapter, but answers 503 when the database was unavailable for it, so the channel retries later.
 * CloudAdapter writes the response itself once the logic returns (200, or 500 when onTurnError throws), so the error is caught
 * inside the logic, before onTurnError would apologise for it, and the adapter's own answer is held back.
 */
export async function processUnlessDatabaseDown(adapter: CloudAdapter, req: Request, res: Response, logic: Logic, logger: Logger): Promise<void> {
  let unavailable: DatabaseUnavailableError | undefined;
  const unlessHeldBack = <A extends unknown[]>(write: (...args: A) => unknown) => (...args: A): void => {
    if (!unavailable) write(...args);
  };
  const response = {
    socket: res.socket,
    status: unlessHeldBack((code: number) => res.status(code)),
    header: unlessHeldBack((name: string, value: unknown) => res.header(name, value)),
    send: unlessHeldBack((body?: unknown) => res.send(body)),
    end: unlessHeldBack(() => res.end()),
  };
  await adapter.process(req, response, async (context) => {
    try {
      await logic(context);
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      unavailable = error;
    }
  });
  if (unavailable) {
    logger.warn({ event: 'turn.database_unavailable', reason: unavailable.reason }, 'a turn failed because the database is unavailable; answered 503');
    res.header('Retry-After', '5');
    res.send(503, { status: 'unavailable' });
  }
}
