import crisisContent from '../../content/crisis.json';
import type { HarmKind } from '../../dialogs/types';

export type { HarmKind };

export const HARM_KINDS = crisisContent.kinds as readonly HarmKind[];

export function isHarmKind(value: string): value is HarmKind {
  return (HARM_KINDS as readonly string[]).includes(value);
}

/** When a message shows more than one kind, the one whose help is most urgent or most specific is answered first. */
const URGENCY: readonly HarmKind[] = ['planOrMeans', 'childAtRisk', 'harmToOthers', 'harmedByOthers', 'suicidal', 'selfHarm'];

export function mostUrgent(kinds: Iterable<HarmKind>): HarmKind | undefined {
  const found = new Set(kinds);
  return URGENCY.find((kind) => found.has(kind));
}
