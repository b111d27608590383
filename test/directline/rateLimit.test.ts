import { RateLimiter } from '../../src/directline/rateLimit';

describe('RateLimiter', () => {
  it('allows the limit within the window, refuses the next, and allows again as the window slides', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a'), limiter.allow('a')]).toEqual([true, true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    now = 30_000;
    expect(limiter.retryAfterSeconds('a')).toBe(30);
    now = 60_001;
    expect(limiter.allow('a')).toBe(true);
  });

  it('forgets quiet keys when pruned', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now);
    limiter.allow('a');
    now = 5000;
    limiter.prune();
    expect(limiter.retryAfterSeconds('a')).toBe(0);
  });
});
