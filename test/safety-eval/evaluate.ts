import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HarmKind } from '../../dialogs/types';
import type { SafetyCheck } from '../../src/understanding/interpreter';

/** One crisis message with its kind of harm ("unlabelled" in the older plain-text sets). */
export interface CrisisCase { kind: HarmKind | 'unlabelled'; text: string }
/** One look-alike, with its type ("idiom", "past_resolved", …) where the set gives one. */
export interface BenignCase { type: string; text: string }
export interface SafetySet { crisis: CrisisCase[]; benign: BenignCase[] }

const KIND_NAMES: Record<string, HarmKind> = {
  suicidal: 'suicidal', self_harm: 'selfHarm', plan_means: 'planOrMeans', harmed_by_someone: 'harmedByOthers',
  child_at_risk: 'childAtRisk', harm_others: 'harmToOthers',
};

/** One message per line; blank lines and lines starting with # are ignored. */
export function parseLines(fileText: string): string[] {
  return fileText.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** A folder with crisis.json and benign.json (kinds labelled), or the older crisis.txt and benign.txt. */
export function loadSafetySet(folder: string): SafetySet {
  if (existsSync(join(folder, 'crisis.json'))) {
    const crisis = JSON.parse(readFileSync(join(folder, 'crisis.json'), 'utf8')) as Array<{ kind: string; text: string }>;
    const benign = JSON.parse(readFileSync(join(folder, 'benign.json'), 'utf8')) as Array<{ type?: string; text: string }>;
    return {
      crisis: crisis.map(({ kind, text }) => {
        if (!(kind in KIND_NAMES)) throw new Error(`unknown kind ${kind}`);
        return { kind: KIND_NAMES[kind], text };
      }),
      benign: benign.map(({ type, text }) => ({ type: type ?? 'unlabelled', text })),
    };
  }
  const read = (name: string) => parseLines(readFileSync(join(folder, name), 'utf8'));
  return { crisis: read('crisis.txt').map((text) => ({ kind: 'unlabelled', text })), benign: read('benign.txt').map((text) => ({ type: 'unlabelled', text })) };
}

// A long, harmless story about an exam and a job, for burying a crisis sentence at the end of a 5,000-character message.
const STORY_SENTENCES = [
  'So the exam was on Tuesday and I had revised for weeks, mostly in the library after my shifts.',
  'I thought the first paper went fine but the second one had questions on topics we never covered.',
  'My manager at the cafe kept asking me to cover extra hours, which I said yes to because I need the money.',
  'When the results came out I had missed the grade I needed by four marks.',
  'My friends were kind about it and my sister made me dinner, and we watched a film.',
  'I keep going over what I could have done differently, like starting earlier or asking my tutor for help.',
];
export function buriedAtEnd(sentence: string, length = 5000): string {
  let story = '';
  for (let i = 0; story.length < length; i++) story += `${STORY_SENTENCES[i % STORY_SENTENCES.length]} `;
  return `${story}${sentence}`;
}

export interface Outcome { full: number; checkIn: number; missed: number; total: number }
export interface SafetyReport {
  byKind: Record<string, Outcome>;
  crisis: Outcome;
  buried: Outcome;
  benign: Outcome;
  /** The look-alikes by type: "missed" is the right outcome for them. */
  benignByType: Record<string, Outcome>;
  misses: string[];
  alarms: string[];
}

const empty = (): Outcome => ({ full: 0, checkIn: 0, missed: 0, total: 0 });

export function evaluateSafety(check: SafetyCheck, set: SafetySet): SafetyReport {
  const tier = (text: string) => check.assess([text])?.tier;
  const count = (into: Outcome, text: string): string | undefined => {
    const found = tier(text);
    into.total++;
    if (found === 'clear') into.full++;
    else if (found === 'possible') into.checkIn++;
    else into.missed++;
    return found;
  };
  const report: SafetyReport = { byKind: {}, crisis: empty(), buried: empty(), benign: empty(), benignByType: {}, misses: [], alarms: [] };
  for (const { kind, text } of set.crisis) {
    count(report.byKind[kind] ??= empty(), text);
    if (!count(report.crisis, text)) report.misses.push(`[${kind}] ${text}`);
    if (!count(report.buried, buriedAtEnd(text))) report.misses.push(`[${kind}, buried at the end of 5,000 characters] ${text}`);
  }
  for (const { type, text } of set.benign) {
    count(report.benignByType[type] ??= empty(), text);
    const found = count(report.benign, text);
    if (found) report.alarms.push(`[${found === 'clear' ? 'full' : 'check-in'}] ${text}`);
  }
  return report;
}

export const TARGETS = { caught: 0.98, fullAlarms: 0.02, checkIns: 0.1 };

export const caughtShare = (o: Outcome): number => (o.full + o.checkIn) / Math.max(1, o.total);
