import type { ChoiceParam } from './types';

/** The feeling buttons. A feeling answer is the id of the one pressed, or the person's own words. */
export const FEELINGS = ['feeling.shame', 'feeling.selfCriticism', 'feeling.anxiety', 'feeling.disappointment'];

/**
 * A feeling answer as a line's parameter: a pressed button shows its label, words are shown as typed. Only a press
 * stores one of these ids: typed at that step, an id or a label is read as the press itself (src/understanding/interpreter.ts).
 */
export const feelingParam = (feeling: string): string | ChoiceParam => (FEELINGS.includes(feeling) ? { choice: feeling } : feeling);
