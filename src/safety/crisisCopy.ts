import crisisContent from '../../content/crisis.json';
import type { HarmKind } from './harmKind';
import { emergencyNumber, helplinesFor, type Helpline, type Region } from './helplines';

const { kinds: KIND_COPY, ...GENERAL } = crisisContent.copy;

export type CrisisCopyKey = keyof typeof GENERAL;

const COPY: Record<CrisisCopyKey, string> = GENERAL;
const BY_KIND = KIND_COPY as Partial<Record<HarmKind, Partial<Record<CrisisCopyKey, string>>>>;

export const CRISIS_COPY_KEYS = Object.keys(COPY) as CrisisCopyKey[];

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Values every crisis template may use, for one region and kind of harm. */
function regionValues(region: Region, kind: HarmKind): Record<string, string> {
  const [first] = helplinesFor(region, kind);
  return {
    emergency: emergencyNumber(region),
    firstHelplineName: first.name,
    firstHelplineHow: first.how,
    firstHelplineContact: first.contact,
  };
}

/** The words for a crisis line: the kind's own where it has them (a person being hurt is never told to move away from means), else the general ones. */
export function crisisTemplate(key: CrisisCopyKey, kind: HarmKind): string {
  return BY_KIND[kind]?.[key] ?? COPY[key];
}

/** One crisis line with the region's numbers for that kind of harm filled in. */
export function crisisLine(key: CrisisCopyKey, region: Region, kind: HarmKind): string {
  return fill(crisisTemplate(key, kind), regionValues(region, kind));
}

/** "Samaritans: call 116 123. Free, any time, day or night." */
export function helplineLine(helpline: Helpline): string {
  return fill(COPY.helplineItem, { ...helpline });
}

/** The helplines intro followed by one line per helpline for the region and kind of harm. */
export function helplinesMessage(region: Region, kind: HarmKind): string {
  return [crisisLine('helplinesIntro', region, kind), ...helplinesFor(region, kind).map(helplineLine)].join('\n\n');
}
