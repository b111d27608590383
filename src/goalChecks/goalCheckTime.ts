import * as chrono from 'chrono-node';
import { plainText } from '../language/normalise';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** With no time they could name, the check-in comes three days on, as the issue and the offer's words say. */
export const DEFAULT_DELAY_MS = 3 * DAY;
/** Sooner than this is not a check-in on something tried; later than this, the goal is better set again. */
const SOONEST_MS = HOUR;
const LATEST_MS = 183 * DAY;
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

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Easter Sunday of a year (the anonymous Gregorian computus), as epoch ms at midnight UTC. */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return Date.UTC(year, Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The next Easter Sunday from `now`, as "4 april". */
function nextEaster(now: Date): string {
  const year = now.getUTCFullYear();
  const next = new Date(easter(year) >= now.getTime() ? easter(year) : easter(year + 1));
  return `${next.getUTCDate()} ${MONTHS[next.getUTCMonth()]}`;
}

// chrono reads "the weekend" as its Saturday; after it is the Monday.
const DAY_PHRASES: Array<[RegExp, string]> = [
  [/\bafter the weekend\b/i, 'next monday'], [/\bthe weekend\b/i, 'saturday'], [/\b(?:a |one )?fortnight\b/i, '2 weeks'],
  [/\barvo\b/i, 'afternoon'], [/\b(?:xmas|christmas(?: day)?)\b/i, '25 december'], [/\b(?:the )?new year\b/i, '1 january'],
];

/**
 * What chrono does not read, in words it does: UK ways of naming a day ("a fortnight", "this arvo", "Xmas", "Easter",
 * "after the weekend"), and a day of the month on its own ("by the 15th": this month's, or next month's if it has gone).
 */
function plainDays(words: string, now: Date): string {
  const named = DAY_PHRASES.reduce((text, [pattern, plain]) => text.replace(pattern, plain), words).replace(/\beaster\b/i, () => nextEaster(now));
  if (MONTHS.some((month) => named.toLowerCase().includes(month.slice(0, 3)))) return named;
  return named.replace(/\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b/i, (_, day: string) => {
    const month = Number(day) > now.getUTCDate() ? now.getUTCMonth() : (now.getUTCMonth() + 1) % 12;
    return `${day} ${MONTHS[month]}`;
  });
}

/**
 * When to check in on a goal the person said they would try `when` ("next Tuesday", "tomorrow after work"), read in
 * their time zone; undefined when the words hold no time, or one too soon or too far off.
 */
export function timeFrom(when: string, now: number, zone: string): number | undefined {
  const offset = offsetMinutes(zone, now);
  const reference = { instant: new Date(now), timezone: offset };
  // As typed, then with chat spellings expanded ("2moro", "nxt wk").
  const [found] = [when, plainText(when)].flatMap((words) => chrono.en.GB.parse(plainDays(words, new Date(now)), reference, { forwardDate: true }));
  // "any day now" names no day.
  if (!found || found.text.toLowerCase() === 'now') return undefined;
  const start = found.start;
  const due = start.isCertain('hour') ? start.date().getTime() + AFTER_MS : eveningOf(start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1, zone);
  return due - now >= SOONEST_MS && due - now <= LATEST_MS ? due : undefined;
}

/** "Friday 4 December at 18:00", in the person's zone. */
export function describeTime(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(at);
}
