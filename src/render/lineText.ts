import type { Say } from '../../dialogs/types';
import { words } from '../content/copy';
import { markdownWords } from './markdownWords';
import { loadFaq } from '../faq/content';
import { crisisLine, DEFAULT_REGION, helplinesMessage, isRegion, type CrisisCopyKey, type Region } from '../safety';
import { isHarmKind, type HarmKind } from '../safety/harmKind';

const CRISIS_PREFIX = 'crisis.';

const regionOf = (say: Say): Region => {
  const value = String(say.params?.region ?? '');
  return isRegion(value) ? value : DEFAULT_REGION;
};

const kindOf = (say: Say): HarmKind => {
  const value = String(say.params?.kind ?? '');
  return isHarmKind(value) ? value : 'suicidal';
};

const FAQ = new Map(loadFaq().map((entry) => [entry.id, entry]));

/** The words of one line. Crisis lines come from content/crisis.json with the region's own numbers; FAQ answers are the article's. */
export function lineText(say: Say): string {
  if (say.key === 'faq.answer') return FAQ.get(String(say.params?.id))?.answer ?? words('faq.none');
  if (say.key === 'crisis.helplines') return helplinesMessage(regionOf(say), kindOf(say));
  if (say.key.startsWith(CRISIS_PREFIX)) return crisisLine(say.key.slice(CRISIS_PREFIX.length) as CrisisCopyKey, regionOf(say), kindOf(say));
  return markdownWords(say.key, say.params);
}
