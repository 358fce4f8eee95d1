import { laterOf, lockedUntil, rememberedSince } from '../cases/lookup-limits';
import type { Db } from './database';

/** Who is looking up which case: the reference asked about and the asking channel identity. */
export interface LookupKeys {
  reference: string;
  asker: string;
}

export type LookupAttempt =
  | { outcome: 'locked'; until: Date }
  | { outcome: 'matched' }
  | { outcome: 'missed'; /** Set when this miss stopped lookups. */ lockedUntil: Date | null };

/**
 * Wrong answers to case lookups, kept in the database so that a new conversation, a new user id
 * or a claimed time changes nothing. Promise-returning so that a later asynchronous store can
 * take its place; this one answers at once.
 */
export interface LookupLocks {
  /** Until when lookups of this reference (if known yet), or by this asker, stop; null when they may go ahead. */
  lockedUntil(keys: { reference?: string; asker: string }, now: Date): Promise<Date | null>;
  /**
   * Checks the locks, tries the answer and records a miss as one step, with nothing in between:
   * guesses sent at once from many conversations cannot all pass the check before any is counted.
   * A match forgets the reference's misses (the owner's typos), never the asker's: otherwise a
   * prober who knows one case's answer could clear their count between guesses.
   */
  attempt(keys: LookupKeys, now: Date, answerMatches: () => boolean): Promise<LookupAttempt>;
}

type Scope = 'reference' | 'asker';

export class SqliteLookupLocks implements LookupLocks {
  private readonly select;
  private readonly insert;
  private readonly prune;
  private readonly forget;
  private readonly tryAnswer;

  constructor(db: Db) {
    this.select = db.prepare<[Scope, string, string], { at: string }>('SELECT at FROM lookup_misses WHERE scope = ? AND key = ? AND at > ?');
    this.insert = db.prepare<[Scope, string, string]>('INSERT INTO lookup_misses (scope, key, at) VALUES (?, ?, ?)');
    this.prune = db.prepare<[string]>('DELETE FROM lookup_misses WHERE at <= ?');
    this.forget = db.prepare<[string]>("DELETE FROM lookup_misses WHERE scope = 'reference' AND key = ?");
    // IMMEDIATE: the check and the write hold the database's write lock together, also against another process.
    this.tryAnswer = db.transaction((keys: LookupKeys, now: Date, answerMatches: () => boolean): LookupAttempt => {
      const until = this.until(keys, now);
      if (until) return { outcome: 'locked', until };
      if (answerMatches()) {
        this.forget.run(keys.reference);
        return { outcome: 'matched' };
      }
      const at = now.toISOString();
      this.prune.run(rememberedSince(now).toISOString());
      this.insert.run('reference', keys.reference, at);
      this.insert.run('asker', keys.asker, at);
      return { outcome: 'missed', lockedUntil: this.until(keys, now) };
    });
  }

  async lockedUntil(keys: { reference?: string; asker: string }, now: Date): Promise<Date | null> {
    return this.until(keys, now);
  }

  async attempt(keys: LookupKeys, now: Date, answerMatches: () => boolean): Promise<LookupAttempt> {
    return this.tryAnswer.immediate(keys, now, answerMatches);
  }

  private until(keys: { reference?: string; asker: string }, now: Date): Date | null {
    const byAsker = lockedUntil(this.misses('asker', keys.asker, now), now);
    return keys.reference === undefined ? byAsker : laterOf(byAsker, lockedUntil(this.misses('reference', keys.reference, now), now));
  }

  private misses(scope: Scope, key: string, now: Date): Date[] {
    return this.select.all(scope, key, rememberedSince(now).toISOString()).map((r) => new Date(r.at));
  }
}
