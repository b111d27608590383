import type { BounceBackEvent, Emitted, Say } from './types';

/** One line the bot says: a content key and its params. */
export const sayLine = (key: string, params?: Say['params']): Emitted => ({ type: 'say', line: { key, params } });

/** The guard every machine uses for its buttons: the person chose one of these. */
export const chose = ({ event }: { event: BounceBackEvent }, params: { ids: string[] }): boolean =>
  event.type === 'CHOICE' && params.ids.includes(event.id);
