import crisisContent from '../../content/crisis.json';
import type { HarmKind } from './harmKind';

export type Region = 'GB' | 'US' | 'IE';

export interface Helpline {
  name: string;
  contact: string;
  how: 'call' | 'text' | 'call or text';
  detail: string;
  source: string;
}

interface RegionResources {
  emergency: string;
  services: Record<string, Helpline>;
  kinds: Record<HarmKind, string[]>;
}

// The JSON import widens `how` to string; this typed view is checked by the helplines unit tests.
const REGIONS = crisisContent.regions as Record<Region, RegionResources>;

export const DEFAULT_REGION = crisisContent.defaultRegion as Region;

export function isRegion(value: string): value is Region {
  return Object.prototype.hasOwnProperty.call(REGIONS, value);
}

/**
 * Region from a BCP 47-ish locale ("en-GB", "en-us", "en_IE", "ga-IE"): the first two-letter
 * region subtag after the language. Anything else (no locale, "en", "fr-FR") gives the fallback.
 */
export function regionFor(locale: string | undefined, fallback: Region): Region {
  const subtags = (locale ?? '').trim().split(/[-_]/).slice(1);
  const region = subtags.find((tag) => /^[a-z]{2}$/i.test(tag))?.toUpperCase();
  return region !== undefined && isRegion(region) ? region : fallback;
}

/** The services for one kind of harm in one region, most fitting first. */
export function helplinesFor(region: Region, kind: HarmKind): Helpline[] {
  const { services, kinds } = REGIONS[region];
  return kinds[kind].map((id) => ({ ...services[id] }));
}

export function emergencyNumber(region: Region): string {
  return REGIONS[region].emergency;
}
