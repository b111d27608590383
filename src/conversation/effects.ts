import type { BounceBackEvent, Effect } from '../../dialogs/types';

/** Who and what a turn is about, for effects that touch storage or other systems. */
export interface TurnInfo {
  /** The conversation's storage key. */
  key: string;
  /** Stable across the retries of one turn, so an effect can be made idempotent. */
  turnId: string;
  channelId?: string;
  locale?: string;
}

/**
 * What a turn did that a channel may need to act on, as data: a contact request was committed (an agent hub may be told
 * its reference), or the person deleted their data and the conversation is over (a channel that can, closes it).
 */
export type DomainEvent = { type: 'handoff.sent'; reference: string } | { type: 'privacy.deleted' };

export interface EffectOutcome {
  /** Sent to the machine after the effect, e.g. the reference of a saved contact request. */
  event?: BounceBackEvent;
  /** The conversation's state is to be deleted rather than saved. */
  forget?: boolean;
  /** What happened, for the channels; the effect that did it says so. */
  happened?: DomainEvent;
}

export type EffectHandler<K extends Effect['kind']> = (effect: Extract<Effect, { kind: K }>, turn: TurnInfo) => Promise<EffectOutcome>;
export type EffectHandlers = { [K in Effect['kind']]: EffectHandler<K> };

/** Carries out the side effects the machine asks for, each by the module that owns it. */
export class EffectRunner {
  constructor(private readonly handlers: EffectHandlers) {}

  run(effect: Effect, turn: TurnInfo): Promise<EffectOutcome> {
    const handler = this.handlers[effect.kind] as EffectHandler<typeof effect.kind>;
    return handler(effect, turn);
  }
}
