import crisisContent from '../../content/crisis.json';
import { emergencyNumber, helplinesFor, type Helpline, type Region } from './helplines';

export type CrisisCopyKey = keyof typeof crisisContent.copy;

const COPY: Record<CrisisCopyKey, string> = crisisContent.copy;

export const CRISIS_COPY_KEYS = Object.keys(COPY) as CrisisCopyKey[];

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Values every crisis template may use, for one region. */
function regionValues(region: Region): Record<string, string> {
  const [first] = helplinesFor(region);
  return {
    emergency: emergencyNumber(region),
    firstHelplineName: first.name,
    firstHelplineHow: first.how,
    firstHelplineContact: first.contact,
  };
}

/** One crisis line with the region's numbers filled in. */
export function crisisLine(key: CrisisCopyKey, region: Region): string {
  return fill(COPY[key], regionValues(region));
}

/** "Samaritans: call 116 123. Free, any time, day or night." */
export function helplineLine(helpline: Helpline): string {
  return fill(COPY.helplineItem, { ...helpline });
}

/** The helplines intro followed by one line per helpline for the region. */
export function helplinesMessage(region: Region): string {
  return [crisisLine('helplinesIntro', region), ...helplinesFor(region).map(helplineLine)].join('\n\n');
}
