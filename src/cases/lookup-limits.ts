/**
 * How many wrong answers a case lookup allows, and for how long it then stops. Pure: the misses
 * come from the store, the time from the server's clock.
 *
 * Misses are remembered for a day. Five within that day stop lookups for 30 minutes from the
 * fifth; each further miss within the day stops them for another 30 minutes from that miss, so
 * after the first five a guesser gets one try each half hour, not five.
 */
export const MAX_MISSES = 5;
export const LOCK_MINUTES = 30;
export const MISS_MEMORY_HOURS = 24;

const LOCK_MS = LOCK_MINUTES * 60_000;
const MEMORY_MS = MISS_MEMORY_HOURS * 3_600_000;

/** The earliest miss still remembered at `now`: older ones count for nothing. */
export function rememberedSince(now: Date): Date {
  return new Date(now.getTime() - MEMORY_MS);
}

/** Until when lookups stop, given the misses remembered under one key; null when they may go ahead at `now`. */
export function lockedUntil(misses: readonly Date[], now: Date): Date | null {
  const since = rememberedSince(now).getTime();
  const recent = misses.map((m) => m.getTime()).filter((m) => m > since);
  if (recent.length < MAX_MISSES) return null;
  const until = Math.max(...recent) + LOCK_MS;
  return until > now.getTime() ? new Date(until) : null;
}

/** The later of two lock ends, either of which may be absent. */
export function laterOf(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() >= b.getTime() ? a : b;
}
