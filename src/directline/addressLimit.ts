import type { IncomingMessage } from 'node:http';
import { clientAddress } from './clientAddress';
import { RateLimiter } from './rateLimit';
import { DirectLineError } from './service';

/** New web chat conversations (tokens) per client address per minute: a page load needs one. */
export const CONVERSATIONS_PER_MINUTE = 20;

/** Counts each new conversation against its client's address; a client over the limit gets 429 and a time to come back. */
export class AddressLimit {
  private readonly limiter: RateLimiter;

  constructor(private readonly trustProxy: boolean, perMinute = CONVERSATIONS_PER_MINUTE, now: () => number = Date.now) {
    this.limiter = new RateLimiter(perMinute, 60_000, now);
  }

  take(req: IncomingMessage): void {
    const address = clientAddress(req, this.trustProxy);
    if (this.limiter.allow(address)) return;
    const retryAfter = this.limiter.retryAfterSeconds(address);
    throw new DirectLineError(429, 'TooManyRequests', 'Too many new conversations from here in a short time. Please wait a moment.', retryAfter);
  }

  prune(): void {
    this.limiter.prune();
  }
}
