import type { Clock } from './clock/clock';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A token bucket per key (a conversation): `perMinute` messages may come at once, then one more
 * each 60/perMinute seconds. A person typing never meets it; a client sending as fast as it can
 * gets 429s and cannot take the CPU from everyone else. Memory is bounded: a bucket that has
 * refilled is the same as no bucket and is dropped, and past `maxKeys` the least recently used
 * go first. `perMinute` 0 lets everything through (load tests).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
    private readonly maxKeys = 50_000,
  ) {}

  take(key: string): RateDecision {
    if (this.perMinute <= 0) return { ok: true };
    const now = this.clock.now().getTime();
    const perMs = this.perMinute / 60_000;
    this.sweep(now, perMs);
    const old = this.buckets.get(key);
    const tokens = old ? Math.min(this.perMinute, old.tokens + (now - old.at) * perMs) : this.perMinute;
    // Re-inserted so the Map's order is least recently used first.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return { ok: true };
  }

  get size(): number {
    return this.buckets.size;
  }

  /** At most once a minute: drops buckets that have refilled since their last message. */
  private sweep(now: number, perMs: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}
