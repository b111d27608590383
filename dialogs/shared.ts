import type { BounceBackEvent, Emitted, Say } from './types';

/** One line the bot says: a content key and its params. */
export const sayLine = (key: string, params?: Say['params']): Emitted => ({ type: 'say', line: { key, params } });

/** Reflections quote the person briefly; the summary quotes them in full. */
export const brief = (text: string, max = 90): string => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);

/** What a child machine sends its parent, for the parent to emit as its own: a line to say or an effect to run. */
export const tellParent = (out: Emitted): BounceBackEvent => ({ type: 'child.out', out });

/** The guard every machine uses for its buttons: the person chose one of these. */
export const chose = ({ event }: { event: BounceBackEvent }, params: { ids: string[] }): boolean =>
  event.type === 'CHOICE' && params.ids.includes(event.id);

/** A step's words for where the person is, or what it needs: the reframe's under "steps." ("steps.reframe.what.need"), any other step's under its own name ("menu.need", "handoff.consent.where"). */
export const stepLineKey = (step: string, which: 'where' | 'need'): string => (step.startsWith('reframe.') ? `steps.${step}.${which}` : `${step}.${which}`);

/** "Help" at a step: where the person is, then what the bot can do. */
export const whereLines = (step: string): Emitted[] => [sayLine(stepLineKey(step, 'where')), sayLine('help.canDo')];

// The transitions below name the actions `sayWhere` and `sayNeed`, which every machine defines with the step as their param.

/** Answers anything the step did not take with what it needs; nothing moves on. */
export const needAt = (step: string) => ({ actions: { type: 'sayNeed', params: { step } } }) as const;

/** What every resting step answers of itself unless it takes the event: "help", words it cannot use, and typed words or a button it did not take. */
export const stepLines = (step: string) => ({
  HELP: { actions: { type: 'sayWhere', params: { step } } },
  UNUSABLE: needAt(step),
  TEXT: needAt(step),
  CHOICE: needAt(step),
}) as const;
