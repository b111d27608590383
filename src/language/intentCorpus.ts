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

/** How trying a learning goal went, as the answer to a check-in; `unclear` says nothing of it. */
export const GOAL_PROGRESS = ['well', 'partly', 'notYet', 'didntTry', 'unclear'] as const;
export type GoalProgressReading = (typeof GOAL_PROGRESS)[number];

export interface IntentCorpus {
  intents: Corpus<Intent>;
  yesNo: Corpus<YesNo>;
  goalProgress: Corpus<GoalProgressReading>;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');

/** Checks content/intents.json, so a bad edit by the practice fails at start-up with the intent it is in. */
export function validateIntentCorpus(data: unknown): IntentCorpus {
  const root = data as { intents?: Record<string, { utterances?: unknown }>; yesNo?: Record<string, unknown>; goalProgress?: Record<string, unknown> };
  const intents = {} as Record<Intent, string[]>;
  for (const intent of INTENTS) {
    const utterances = root?.intents?.[intent]?.utterances;
    if (!isStrings(utterances) || utterances.length === 0) throw new Error(`content/intents.json: intent "${intent}" needs a list of example messages`);
    intents[intent] = utterances;
  }
  const unknown = Object.keys(root.intents ?? {}).filter((name) => !(INTENTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`content/intents.json: unknown intents ${unknown.join(', ')}`);
  return { intents, yesNo: replies(root?.yesNo, YES_NO, 'yesNo'), goalProgress: replies(root?.goalProgress, GOAL_PROGRESS, 'goalProgress') };
}

/** One labelled list of replies per label, as the section `name` of the file must give. */
function replies<Label extends string>(section: Record<string, unknown> | undefined, labels: readonly Label[], name: string): Record<Label, string[]> {
  const read = {} as Record<Label, string[]>;
  for (const label of labels) {
    const lines = section?.[label];
    if (!isStrings(lines) || lines.length === 0) throw new Error(`content/intents.json: ${name} "${label}" needs a list of replies`);
    read[label] = lines;
  }
  return read;
}

export function loadIntentCorpus(): IntentCorpus {
  return validateIntentCorpus(corpusJson);
}
