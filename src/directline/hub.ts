import type { DlActivity } from './store';

/** What a Direct Line stream frame carries; typing frames have no watermark because they are not stored. */
export interface StreamFrame { activities: DlActivity[]; watermark?: string }

export interface Subscriber { send(frame: StreamFrame): void }

/** Who is listening to which conversation, so new activities reach every open stream at once. */
export class StreamHub {
  private readonly listeners = new Map<string, Set<Subscriber>>();

  subscribe(conversationId: string, subscriber: Subscriber): () => void {
    const set = this.listeners.get(conversationId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.listeners.set(conversationId, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  publish(conversationId: string, frame: StreamFrame): void {
    for (const subscriber of this.listeners.get(conversationId) ?? []) subscriber.send(frame);
  }
}
