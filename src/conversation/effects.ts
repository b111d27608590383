import type { BounceBackEvent, Effect } from '../../dialogs/types';

/** Who and what a turn is about, for effects that touch storage or other systems. */
export interface TurnInfo {
  /** The conversation's storage key. */
  key: string;
  /** Stable across the retries of one turn, so an effect can be made idempotent. */
  turnId: string;
  channelId?: string;
  locale?: string;
  /** The person's IANA time zone, where the channel gives it. */
  timeZone?: string;
  /** The channel's own reference to the conversation (JSON), so a later message can reach it; none for the embedded web chat. */
  address?: unknown;
}

/** Where a turn came from, as the channel tells it. */
export type TurnOrigin = Pick<TurnInfo, 'channelId' | 'timeZone' | 'address'>;

/**
 * What a turn did that a channel may need to act on, as data: a contact request was committed (an agent hub may be told
 * its reference), the person deleted their data and the conversation is over (a channel that can, closes it), or a due
 * check-in was asked (so it is sent, and not asked again).
 */
export type DomainEvent = { type: 'handoff.sent'; reference: string } | { type: 'privacy.deleted' } | { type: 'goalCheck.asked' }
  /** A check-in was planned in the embedded web chat: the page keeps this key, to be asked it in a later conversation too. */
  | { type: 'goalCheck.planned'; returnKey: string };

export interface EffectOutcome {
  /** Sent to the machine after the effect, e.g. the reference of a saved contact request. */
  event?: BounceBackEvent;
  /** The conversation's state is to be deleted rather than saved. */
  forget?: boolean;
  /** What happened, for the channels; the effect that did it says so. */
  happened?: DomainEvent;
}

/** An effect the interpreter's reading of a turn asks for, besides the machine's: a question the FAQ had no answer for. */
export type ReadingEffect = { kind: 'recordUnansweredQuestion'; text: string };

/** Every effect a turn can run: the machine's and the reading's. */
export type TurnEffect = Effect | ReadingEffect;

export type EffectHandler<K extends TurnEffect['kind']> = (effect: Extract<TurnEffect, { kind: K }>, turn: TurnInfo) => Promise<EffectOutcome>;
export type EffectHandlers = { [K in TurnEffect['kind']]: EffectHandler<K> };

/** Carries out the side effects a turn asks for, each by the module that owns it. */
export class EffectRunner {
  constructor(private readonly handlers: EffectHandlers) {}

  run(effect: TurnEffect, turn: TurnInfo): Promise<EffectOutcome> {
    const handler = this.handlers[effect.kind] as EffectHandler<typeof effect.kind>;
    return handler(effect, turn);
  }
}
