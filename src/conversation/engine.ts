import { createActor, type Snapshot } from 'xstate';
import { bounceBackMachine, MACHINE_VERSION } from '../../dialogs/bounceBack';
import { promptFor } from '../../dialogs/prompts';
import type { Effect, Prompt, Say } from '../../dialogs/types';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { ConflictError } from '../storage/db';
import type { StateStore } from '../storage/stateStore';
import type { Logger } from '../logger';
import type { Interpreter } from '../understanding/interpreter';
import type { DomainEvent, EffectRunner, TurnInfo, TurnOrigin } from './effects';
import { LiveConversations, type ConversationActor } from './liveConversations';
import { UNOBSERVED_TURNS, type TurnObserver } from './turnObserver';
import type { TurnInput } from './turnInput';

/** What is stored per conversation: the machine version that wrote it, and its persisted snapshot. */
export interface ConversationRecord { v: number; s: Snapshot<unknown> }

/** A turn's answer, channel-neutral: lines in order, the prompt of wherever the person now is, and what happened. */
export interface TurnResult { says: Say[]; prompt: Prompt; events: DomainEvent[] }

/** The domain event of this type that the turn reports, if it does. */
export function happened<T extends DomainEvent['type']>(result: TurnResult, type: T): Extract<DomainEvent, { type: T }> | undefined {
  return result.events.find((event): event is Extract<DomainEvent, { type: T }> => event.type === type);
}

const MAX_EFFECTS = 10;

export class TurnGaveUpError extends Error {}

/** How long to wait before attempt `attempt` (2, 3, …) of a turn; injected so tests can count or skip the waits. */
export type RetryPause = (attempt: number) => Promise<unknown>;

/**
 * Full jitter, doubling from 10 ms to at most 320 ms: turns that collided once spread out instead of colliding again
 * in lockstep, which is what lets 20 simultaneous turns on one conversation all land within the attempt bound.
 */
export const jitteredPause: RetryPause = (attempt) => delay(Math.random() * Math.min(320, 10 * 2 ** (attempt - 2)));

/**
 * The actor for a turn; `running` if it is a live one, else it is yet to be started (with the turn's listeners on);
 * and the prompt of the state it is in, which the turn's input is read against.
 */
interface Resumed { actor: ConversationActor; running: boolean; apology: boolean; eTag: string | null; prompt: Prompt }

/** The engine's optional parts; each has a default. */
export interface EngineOptions {
  /** Attempts at a turn that keeps conflicting with concurrent turns of its conversation (default 12). */
  maxAttempts?: number;
  /** The wait before each attempt after the first (default jitteredPause). */
  pause?: RetryPause;
  /** Running actors kept between turns (default none: every turn restores its conversation from the store). */
  live?: LiveConversations;
  /** Told of each answered turn (default: no one). */
  observer?: TurnObserver;
}

/**
 * A stored snapshot's actor, and the prompt a turn is read against there; nothing if it cannot be read: XState could
 * not restore it (the status of the root or of a child says so), or it has no prompt.
 */
function readable(stored: Snapshot<unknown>): Pick<Resumed, 'actor' | 'prompt'> | undefined {
  try {
    const actor = createActor(bounceBackMachine, { snapshot: stored });
    const snapshot = actor.getSnapshot();
    const statuses = [snapshot.status, ...Object.values(snapshot.children).map((child) => child?.getSnapshot().status)];
    return statuses.every((status) => status === 'active') ? { actor, prompt: promptFor(snapshot) } : undefined;
  } catch {
    return undefined;
  }
}

export class ConversationEngine {
  private readonly maxAttempts: number;
  private readonly pause: RetryPause;
  private readonly live: LiveConversations;
  private readonly observer: TurnObserver;

  constructor(
    private readonly store: StateStore,
    private readonly interpreter: Interpreter,
    private readonly effects: EffectRunner,
    private readonly logger: Logger,
    { maxAttempts = 12, pause = jitteredPause, live = new LiveConversations(0), observer = UNOBSERVED_TURNS }: EngineOptions = {},
  ) {
    this.maxAttempts = maxAttempts;
    this.pause = pause;
    this.live = live;
    this.observer = observer;
  }

  async turn(key: string, input: TurnInput, origin: TurnOrigin = {}): Promise<TurnResult> {
    const info: TurnInfo = { key, turnId: randomUUID(), locale: input.kind === 'goalCheckDue' ? undefined : input.locale, ...origin };
    const started = performance.now();
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      if (attempt > 1) await this.pause(attempt);
      try {
        return await this.attempt(info, input, started);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        // Another turn of the same conversation saved first: run this one again on top of it.
      }
    }
    this.logger.warn({ event: 'turn.retry.gave_up', attempts: this.maxAttempts }, 'a turn kept conflicting with concurrent turns and was not applied');
    throw new TurnGaveUpError(`turn on ${info.key} gave up after ${this.maxAttempts} attempts`);
  }

  private async attempt(info: TurnInfo, input: TurnInput, started: number): Promise<TurnResult> {
    const { actor, running, apology, eTag, prompt: asked } = await this.resume(info.key);
    const says: Say[] = [];
    const lines: Say[] = [];
    const effects: Effect[] = [];
    const listeners = [actor.on('say', ({ line }) => lines.push(line)), actor.on('effect', ({ effect }) => effects.push(effect))];
    if (!running) actor.start();
    if (apology) says.push({ key: 'global.restartApology' });
    const { event: read, effects: readingEffects } = this.interpreter.read(input, asked);
    // Lines that move nothing on (an FAQ answer) go straight to what is said; the machine hears only events.
    if (read.type === 'INFO') says.push(...read.says);
    else actor.send(read);
    let forget = false;
    const events: DomainEvent[] = [];
    // The reading's own effects (keeping a question the FAQ had no answer for) run first, and answer the machine nothing.
    for (const effect of readingEffects) await this.effects.run(effect, info);
    // Effects run in order, before anything is said or saved; an effect's answer may ask for more, within a bound.
    for (let index = 0; index < effects.length && index < MAX_EFFECTS; index += 1) {
      const outcome = await this.effects.run(effects[index], info);
      forget ||= outcome.forget === true;
      if (outcome.happened) events.push(outcome.happened);
      if (outcome.event) actor.send(outcome.event);
    }
    for (const listener of listeners) listener.unsubscribe();
    // Persist while running: a stopped actor's snapshot says "stopped" and would not run eventless transitions when restored.
    const persisted = actor.getPersistedSnapshot();
    const prompt = promptFor(actor.getSnapshot());
    says.push(...lines);
    if (forget) {
      actor.stop();
      await this.store.delete([info.key]);
    } else {
      const record: ConversationRecord = { v: MACHINE_VERSION, s: persisted };
      // A conflict throws here, and the actor (already out of the live set) is dropped with the attempt.
      const saved = await this.store.save(info.key, record, eTag);
      this.live.keep(info.key, saved, actor);
    }
    // After the save, the last thing that can conflict: a retried turn is told of once.
    this.observer.turnAnswered({ channelId: info.channelId, seconds: (performance.now() - started) / 1000, effects: effects.slice(0, MAX_EFFECTS), events });
    return { says, prompt, events };
  }

  /**
   * The conversation's actor: the live one if the store still holds the very state it saved (another
   * engine on the same database may have written since, so the stored eTag is always read), else restored.
   */
  private async resume(key: string): Promise<Resumed> {
    if (this.live.has(key)) {
      const eTag = await this.store.eTagOf(key);
      const actor = this.live.take(key, eTag);
      if (actor && eTag) return { actor, running: true, apology: false, eTag, prompt: promptFor(actor.getSnapshot()) };
    }
    const stored = await this.store.load<ConversationRecord>(key);
    return { ...this.restore(stored?.doc), running: false, eTag: stored?.eTag ?? null };
  }

  /** An old or unreadable snapshot never breaks a conversation: the person starts afresh with an apology. */
  private restore(record: ConversationRecord | undefined): Pick<Resumed, 'actor' | 'apology' | 'prompt'> {
    const current = record?.v === MACHINE_VERSION ? readable(record.s) : undefined;
    if (current) return { ...current, apology: false };
    if (record?.v === MACHINE_VERSION) this.logger.warn({ event: 'snapshot.unreadable' }, 'a stored conversation could not be restored; starting afresh');
    const actor = createActor(bounceBackMachine);
    return { actor, apology: record !== undefined, prompt: promptFor(actor.getSnapshot()) };
  }
}
