import type { BounceBackEvent, Emitted, Say } from './types';

/** One line the bot says: a content key and its params. */
export const sayLine = (key: string, params?: Say['params']): Emitted => ({ type: 'say', line: { key, params } });

/** What a child machine sends its parent, for the parent to emit as its own: a line to say or an effect to run. */
export const tellParent = (out: Emitted): BounceBackEvent => ({ type: 'child.out', out });

/** The guard every machine uses for its buttons: the person chose one of these. */
export const chose = ({ event }: { event: BounceBackEvent }, params: { ids: string[] }): boolean =>
  event.type === 'CHOICE' && params.ids.includes(event.id);
