import corpusJson from '../../content/safety-corpus.json';
import type { Corpus } from '../language/classifier';
import { HARM_KINDS, type HarmKind } from './harmKind';

export type SafetyLabel = HarmKind | 'benign';

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '');

/** Checks content/safety-corpus.json: every kind of harm, and the look-alikes that are not harm, each with examples. */
export function validateSafetyCorpus(data: unknown): Corpus<SafetyLabel> {
  const root = data as { kinds?: Record<string, unknown>; benign?: unknown };
  const corpus = {} as Record<SafetyLabel, string[]>;
  for (const kind of HARM_KINDS) {
    const lines = root?.kinds?.[kind];
    if (!isStrings(lines)) throw new Error(`content/safety-corpus.json: kind "${kind}" needs a list of example messages`);
    corpus[kind] = lines;
  }
  if (!isStrings(root.benign)) throw new Error('content/safety-corpus.json: "benign" needs a list of look-alike messages');
  corpus.benign = root.benign;
  return corpus;
}

export function loadSafetyCorpus(): Corpus<SafetyLabel> {
  return validateSafetyCorpus(corpusJson);
}
