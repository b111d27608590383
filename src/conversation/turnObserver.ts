import type { Effect } from '../../dialogs/types';
import type { DomainEvent } from './effects';

/** One answered turn as the engine saw it: where it came from, how long it took, what ran and what happened. */
export interface AnsweredTurn {
  channelId?: string;
  /** From the turn's start to its save, retries included. */
  seconds: number;
  /** The effects that ran (a crisis reply carries its tier and kind). They can carry what a person wrote: count, never keep. */
  effects: readonly Effect[];
  events: readonly DomainEvent[];
}

/** Told of each turn once it is saved, so a turn retried after a write conflict is told of once. */
export interface TurnObserver {
  turnAnswered(turn: AnsweredTurn): void;
}

export const UNOBSERVED_TURNS: TurnObserver = { turnAnswered: () => undefined };
