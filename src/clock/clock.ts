import { formatDate, toLondon } from '../deadlines/local-date';

/**
 * The server's clock: the one source of "now" for received dates, "today", deadlines and lock
 * expiry. A channel's `activity.timestamp` is the client's claim; it may be stored as claimed but
 * never decides a fact, because any client can set it.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told otherwise: for tests and benchmarks. */
export class FixedClock implements Clock {
  private at: number;
  constructor(at: string | Date) {
    this.at = new Date(at).getTime();
  }
  now(): Date {
    return new Date(this.at);
  }
  set(at: string | Date): void {
    this.at = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

/** The London calendar date (YYYY-MM-DD) of an instant. */
export function londonDate(instant: Date): string {
  return formatDate(toLondon(instant.toISOString()).date);
}
