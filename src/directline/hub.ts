import type { DlActivity } from './store';

/** What a Direct Line stream frame carries; typing frames have no watermark because they are not stored. */
export interface StreamFrame { activities: DlActivity[]; watermark?: string }

export interface Subscriber {
  send(frame: StreamFrame): void;
  /** The conversation has stored activities up to `watermark` that this process did not publish: read them from the store. */
  storedUpTo(watermark: number): void;
}

/**
 * How instances sharing one database tell each other that a conversation has new stored activities.
 * An announcement carries only the conversation id and the watermark; listeners read the activities from the store.
 */
export interface Fanout {
  /** Tells every instance (this one included) that the conversation has stored activities up to `watermark`. */
  announce(conversationId: string, watermark: number): void;
  /** Starts passing other instances' announcements to the hub; resolves once it is listening. */
  listen(hub: StreamHub): Promise<void>;
  close(): Promise<void>;
}

/**
 * Who is listening to which conversation in this process, so new activities reach every open stream at once.
 * With a Fanout, activities stored by other instances reach them too.
 */
export class StreamHub {
  private readonly listeners = new Map<string, Set<Subscriber>>();

  constructor(private readonly fanout?: Fanout) {}

  subscribe(conversationId: string, subscriber: Subscriber): () => void {
    const set = this.listeners.get(conversationId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.listeners.set(conversationId, set);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  /** Whether a stream of the conversation is open in this process. */
  isOpen(conversationId: string): boolean {
    return this.listeners.has(conversationId);
  }

  publish(conversationId: string, frame: StreamFrame): void {
    for (const subscriber of this.listeners.get(conversationId) ?? []) subscriber.send(frame);
    if (frame.watermark !== undefined) this.fanout?.announce(conversationId, Number(frame.watermark));
  }

  /** Another instance stored activities in the conversation, up to `watermark`. */
  storedElsewhere(conversationId: string, watermark: number): void {
    for (const subscriber of this.listeners.get(conversationId) ?? []) subscriber.storedUpTo(watermark);
  }

  /** Announcements may have been missed (the listener was reconnecting): every stream checks the store. */
  resync(): void {
    for (const set of this.listeners.values()) for (const subscriber of set) subscriber.storedUpTo(Number.MAX_SAFE_INTEGER);
  }
}
