import type { FaqEntry } from './types';

/** The phrasings an entry can be asked by: its own question and its alternates. */
export function phrasesOf(entry: FaqEntry): string[] {
  return [entry.question, ...entry.alternates];
}
