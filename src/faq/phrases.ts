import type { FaqEntry } from './types';

/**
 * The phrasings an entry can be asked by: its own question, its alternates, and its id read as a topic label
 * ("self-compassion" -> "self compassion"), which is how people often ask in a chat: "perfectionism?".
 */
export function phrasesOf(entry: FaqEntry): string[] {
  return [entry.question, ...entry.alternates, labelOf(entry)];
}

/** The entry's id read as a topic label: what the entry names. */
export function labelOf(entry: FaqEntry): string {
  return entry.id.replace(/-/g, ' ');
}
