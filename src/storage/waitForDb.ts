import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../logger';
import { DatabaseUnavailableError } from './databaseUnavailable';

/** The database stayed unreachable for the whole start-up wait; its message is the one line the process prints. */
export class DatabaseStartupError extends Error {}

export interface WaitOptions {
  timeoutSeconds: number;
  logger: Logger;
  sleep?: (ms: number) => Promise<unknown>;
  now?: () => number;
}

const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 2000;

/**
 * Runs `attempt` until it stops failing with DatabaseUnavailableError, pausing a little longer each time,
 * for at most timeoutSeconds. A database that starts after the bot (docker compose, a restarted server) is waited for;
 * any other error (a wrong password, bad SQL) fails at once.
 */
export async function waitForDb<T>(attempt: () => Promise<T>, { timeoutSeconds, logger, sleep = delay, now = Date.now }: WaitOptions): Promise<T> {
  const deadline = now() + timeoutSeconds * 1000;
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      const left = deadline - now();
      if (left <= 0) {
        throw new DatabaseStartupError(`The database was still unavailable after ${timeoutSeconds}s (${error.reason}): check DATABASE_URL and that the database is running.`);
      }
      if (pause === FIRST_PAUSE_MS) {
        logger.warn({ event: 'db.waiting', reason: error.reason, timeoutSeconds }, `waiting up to ${timeoutSeconds}s for the database to become available`);
      }
      await sleep(Math.min(pause, left));
    }
  }
}
