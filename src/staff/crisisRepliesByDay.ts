import { HARM_KINDS } from '../safety/harmKind';
import type { CrisisCount } from '../safety/crisisTally';

/** How many days the staff page's chart covers, today included. */
export const CHART_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

export interface CrisisDay { day: string; counts: Record<string, number> }

/**
 * The tally summed over regions and tiers, one entry per UTC day (the tally's own days) for the last `days` days,
 * newest first, days without a reply included, so the chart never skips a quiet day.
 */
export function crisisRepliesByDay(counts: CrisisCount[], now: number, days = CHART_DAYS): { kinds: string[]; days: CrisisDay[] } {
  const kinds = [...new Set<string>([...HARM_KINDS, ...counts.map((row) => row.kind)])];
  const empty = (): Record<string, number> => Object.fromEntries(kinds.map((kind) => [kind, 0]));
  const byDay = new Map<string, Record<string, number>>();
  for (let back = 0; back < days; back += 1) byDay.set(new Date(now - back * DAY).toISOString().slice(0, 10), empty());
  for (const row of counts) {
    const day = byDay.get(row.day);
    if (day) day[row.kind] += row.count;
  }
  return { kinds, days: [...byDay].map(([day, dayCounts]) => ({ day, counts: dayCounts })) };
}
