import type { createActor } from 'xstate';
import type { bounceBackMachine } from '../../dialogs/bounceBack';

export type ConversationActor = ReturnType<typeof createActor<typeof bounceBackMachine>>;

interface Entry { eTag: string; actor: ConversationActor }

/**
 * The running actors of recently used conversations, each with the eTag its state was saved under, so a turn
 * can carry on with the actor instead of parsing and restoring the stored snapshot. Bounded: the least recently
 * used goes first. An entry is only ever a shortcut for a stored row whose eTag the caller has just read.
 */
export class LiveConversations {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly capacity: number) {}

  /**
   * Removes the conversation's actor and returns it if it was saved under `eTag` (the eTag stored now; undefined
   * if nothing is). Taking it out means no other turn can use it meanwhile, and a turn that fails never leaves a
   * half-run actor behind.
   */
  take(key: string, eTag: string | undefined): ConversationActor | undefined {
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (entry && entry.eTag === eTag) return entry.actor;
    entry?.actor.stop();
    return undefined;
  }

  /** Whether an actor is held for this conversation: a turn that finds none need not ask the store for its eTag alone. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Keeps the actor whose state was just saved under `eTag`. */
  keep(key: string, eTag: string, actor: ConversationActor): void {
    this.evict(key);
    if (this.capacity <= 0) {
      actor.stop();
      return;
    }
    this.entries.set(key, { eTag, actor });
    // A Map iterates in insertion order, and keep() re-inserts: the first key is the least recently used.
    if (this.entries.size > this.capacity) this.evict(this.entries.keys().next().value as string);
  }

  private evict(key: string): void {
    this.entries.get(key)?.actor.stop();
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
