import { laterOf, lockedUntil, rememberedSince } from '../../cases/lookup-limits';
import type { LookupAttempt, LookupKeys, LookupLocks } from '../ports';
import type { Db } from './database';

type Scope = 'reference' | 'asker';

/**
 * Misses in the lookup_misses table. The check, the verdict and the write run in one IMMEDIATE
 * transaction, which holds the database's write lock, also against another process.
 */

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
    this.tryAnswer = db.transaction((keys: LookupKeys, now: Date, answerMatches: boolean): LookupAttempt => {
      const until = this.until(keys, now);
      if (until) return { outcome: 'locked', until };
      if (answerMatches) {
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

  async attempt(keys: LookupKeys, now: Date, answerMatches: boolean): Promise<LookupAttempt> {
    return this.tryAnswer.immediate(keys, now, answerMatches);
  }

  async misses(scope: Scope, key: string, now: Date): Promise<number> {
    return this.missed(scope, key, now).length;
  }

  private until(keys: { reference?: string; asker: string }, now: Date): Date | null {
    const byAsker = lockedUntil(this.missed('asker', keys.asker, now), now);
    return keys.reference === undefined ? byAsker : laterOf(byAsker, lockedUntil(this.missed('reference', keys.reference, now), now));
  }

  private missed(scope: Scope, key: string, now: Date): Date[] {
    return this.select.all(scope, key, rememberedSince(now).toISOString()).map((r) => new Date(r.at));
  }
}
