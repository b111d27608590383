import type { TurnContext } from 'botbuilder';
import { DatabaseUnavailableError } from '../storage/databaseUnavailable';

export type Logic = (context: TurnContext) => Promise<void>;

/**
 * botbuilder hands whatever a turn throws to onTurnError, whose apology needs the database too, and the caller would
 * see a 500. This wraps a turn's logic so a database outage is caught inside it, before botbuilder sees it, and kept
 * for the caller to answer 503 (which channels retry) once the adapter has finished.
 */
export function catchOutage(logic: Logic): { logic: Logic; outage(): DatabaseUnavailableError | undefined } {
  let outage: DatabaseUnavailableError | undefined;
  return {
    logic: async (context) => {
      try {
        await logic(context);
      } catch (error) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        outage = error;
      }
    },
    outage: () => outage,
  };
}
