import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock/clock';
import { RateLimiter } from '../../src/rate-limit';

const takeN = (limiter: RateLimiter, key: string, n: number) => Array.from({ length: n }, () => limiter.take(key).ok);

describe('the per-conversation message rate limit', () => {
  it('lets a burst of the limit through, then refuses with the wait until the next message', () => {
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    const limiter = new RateLimiter(60, clock);
    expect(takeN(limiter, 'test:a', 60).every(Boolean)).toBe(true);
    expect(limiter.take('test:a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    // Other conversations are not affected.
    expect(limiter.take('test:b').ok).toBe(true);
    clock.advance(1000);
    expect(limiter.take('test:a').ok).toBe(true);
    expect(limiter.take('test:a').ok).toBe(false);
  });

  it.each([
    [60, 1],
    [6, 10],
    [1, 60],
  ])('at %i a minute, an emptied bucket says retry after %i s', (perMinute, wait) => {
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    const limiter = new RateLimiter(perMinute, clock);
    takeN(limiter, 'k', perMinute);
    expect(limiter.take('k')).toEqual({ ok: false, retryAfterSeconds: wait });
    clock.advance(wait * 1000 - 1);
    expect(limiter.take('k').ok).toBe(false);
    clock.advance(wait * 1000);
    expect(limiter.take('k').ok).toBe(true);
  });

  it('is off at 0', () => {
    const limiter = new RateLimiter(0, new FixedClock('2026-11-23T10:00:00Z'));
    expect(takeN(limiter, 'k', 10_000).every(Boolean)).toBe(true);
    expect(limiter.size).toBe(0);
  });

  it('holds at most maxKeys conversations, dropping the least recently used', () => {
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    const limiter = new RateLimiter(2, clock, 3);
    takeN(limiter, 'old', 2);
    for (const k of ['a', 'b', 'c']) limiter.take(k);
    expect(limiter.size).toBe(3);
    // "old" was dropped, so it starts again with a full bucket.
    expect(takeN(limiter, 'old', 2)).toEqual([true, true]);
  });

  it('forgets conversations whose bucket has refilled', () => {
    const clock = new FixedClock('2026-11-23T10:00:00Z');
    const limiter = new RateLimiter(60, clock);
    clock.advance(60_000);
    for (let i = 0; i < 1000; i++) limiter.take(`c${i}`);
    expect(limiter.size).toBe(1000);
    clock.advance(61_000);
    limiter.take('new');
    expect(limiter.size).toBe(1);
  });
});
