/**
 * At most `limit` events per key in any sliding `windowMs`; kept in memory, per process. With several instances behind a
 * load balancer each keeps its own count, so one conversation may post up to `limit` times per instance (README, "Scale out").
 * That is deliberate: it is a guard against a runaway client, and a shared count would cost a database write per post.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limit: number, private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  /** Records a hit and answers true, or answers false (recording nothing) when the key is over its limit. */
  allow(key: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  /** Seconds until the key may send again. */
  retryAfterSeconds(key: string): number {
    const oldest = this.hits.get(key)?.[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  /** Forgets keys with no recent hits, so the map does not grow without bound. */
  prune(): void {
    const cutoff = this.now() - this.windowMs;
    for (const [key, times] of this.hits) if (times.every((time) => time <= cutoff)) this.hits.delete(key);
  }
}
