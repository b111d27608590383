import corpusJson from '../../content/intents.json';
import type { Corpus } from './classifier';

/** What a whole message can ask for, in the person's own words. `answer` and `none` are there to be told apart from the rest. */
export const INTENTS = [
  'reframe', 'story', 'question', 'faq_list', 'human', 'delete_data', 'what_stored', 'stop', 'help', 'back', 'start_over',
  'menu', 'greet', 'answer', 'none',
] as const;
export type Intent = (typeof INTENTS)[number];

export const YES_NO = ['yes', 'no', 'unclear'] as const;
export type YesNo = (typeof YES_NO)[number];

export interface IntentCorpus {
  intents: Corpus<Intent>;
  yesNo: Corpus<YesNo>;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');

/** Checks content/intents.json, so a bad edit by the practice fails at start-up with the intent it is in. */
export function validateIntentCorpus(data: unknown): IntentCorpus {
  const root = data as { intents?: Record<string, { utterances?: unknown }>; yesNo?: Record<string, unknown> };
  const intents = {} as Record<Intent, string[]>;
  for (const intent of INTENTS) {
    const utterances = root?.intents?.[intent]?.utterances;
    if (!isStrings(utterances) || utterances.length === 0) throw new Error(`content/intents.json: intent "${intent}" needs a list of example messages`);
    intents[intent] = utterances;
  }
  const unknown = Object.keys(root.intents ?? {}).filter((name) => !(INTENTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`content/intents.json: unknown intents ${unknown.join(', ')}`);
  const yesNo = {} as Record<YesNo, string[]>;
  for (const reply of YES_NO) {
    const lines = root?.yesNo?.[reply];
    if (!isStrings(lines) || lines.length === 0) throw new Error(`content/intents.json: yesNo "${reply}" needs a list of replies`);
    yesNo[reply] = lines;
  }
  return { intents, yesNo };
}

export function loadIntentCorpus(): IntentCorpus {
  return validateIntentCorpus(corpusJson);
}
