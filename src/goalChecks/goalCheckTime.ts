import * as chrono from 'chrono-node';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** With no time they could name, the check-in comes three days on, as the issue and the offer's words say. */
export const DEFAULT_DELAY_MS = 3 * DAY;
/** Sooner than this is not a check-in on something tried; later than this, the goal is better set again. */
const SOONEST_MS = HOUR;
const LATEST_MS = 90 * DAY;
/** A day with no hour ("next Tuesday") is asked about that evening, after the person has had a chance to try. */
const EVENING_HOUR = 18;
/** A day with an hour ("Friday at 10") is asked about a little after it. */
const AFTER_MS = HOUR;

/** Where a channel gives no time zone: the zone of the region whose helplines the bot shows. */
export const REGION_ZONES: Record<string, string> = { GB: 'Europe/London', IE: 'Europe/Dublin', US: 'America/New_York' };

/** The IANA zone if this runtime knows it, else undefined. */
export function knownZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** EVENING_HOUR o'clock on that day, on the zone's clock (its offset taken near that time, so summer time is right). */
function eveningOf(year: number, month: number, day: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day, EVENING_HOUR);
  return wall - offsetMinutes(zone, wall) * 60_000;
}

/** Minutes the zone's clock is ahead of UTC at that instant (chrono takes an offset, not a zone name). */
function offsetMinutes(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

// chrono reads "the weekend" as its Saturday; after it is the Monday.
const PHRASES: Array<[RegExp, string]> = [[/\bafter the weekend\b/i, 'next monday'], [/\bthe weekend\b/i, 'saturday']];

/**
 * When to check in on a goal the person said they would try `when` ("next Tuesday", "tomorrow after work"), read in
 * their time zone; undefined when the words hold no time, or one too soon or too far off.
 */
export function timeFrom(when: string, now: number, zone: string): number | undefined {
  const text = PHRASES.reduce((words, [pattern, plain]) => words.replace(pattern, plain), when);
  const offset = offsetMinutes(zone, now);
  const [found] = chrono.en.GB.parse(text, { instant: new Date(now), timezone: offset }, { forwardDate: true });
  if (!found) return undefined;
  const start = found.start;
  const due = start.isCertain('hour') ? start.date().getTime() + AFTER_MS : eveningOf(start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1, zone);
  return due - now >= SOONEST_MS && due - now <= LATEST_MS ? due : undefined;
}

/** "Friday 4 December at 18:00", in the person's zone. */
export function describeTime(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(at);
}
