import { AsyncLocalStorage } from 'node:async_hooks';
import { DatabaseUnavailableError } from '../storage/databaseUnavailable';
import type { TurnRunner } from './service';
import type { DlActivity } from './store';

interface Slot { outage?: DatabaseUnavailableError }

/**
 * botbuilder hands whatever a turn throws to onTurnError (whose apology needs the database too) and then wraps it in a
 * plain Error, so a database outage would reach the Direct Line client as a 500. This notes, per turn, that the bot failed
 * because the database was unavailable, keeps botbuilder out of it, and rethrows the outage itself once the turn is over,
 * so the post is answered 503 and the client retries, as /api/messages does.
 */
export class TurnOutages {
  private readonly turns = new AsyncLocalStorage<Slot>();

  /** The bot, except that an outage during one of its turns is noted for `runner` to rethrow. */
  guard<B extends { run(context: never): Promise<void> }>(bot: B): B {
    const run = async (context: Parameters<B['run']>[0]): Promise<void> => {
      try {
        await bot.run(context);
      } catch (error) {
        const slot = this.turns.getStore();
        if (!slot || !(error instanceof DatabaseUnavailableError)) throw error;
        slot.outage = error;
      }
    };
    return Object.assign(Object.create(bot) as B, { run });
  }

  /** The runner, rethrowing an outage its turn ran into. */
  runner(inner: TurnRunner): TurnRunner {
    return {
      run: async (activity: DlActivity) => {
        const slot: Slot = {};
        await this.turns.run(slot, () => inner.run(activity));
        if (slot.outage) throw slot.outage;
      },
    };
  }
}
