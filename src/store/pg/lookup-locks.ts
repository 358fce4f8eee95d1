import type { Pool, PoolClient } from 'pg';
import { laterOf, lockedUntil, rememberedSince } from '../../cases/lookup-limits';
import type { LookupAttempt, LookupKeys, LookupLocks } from '../ports';
import { advisoryKey } from './advisory-key';
import { pgKey } from './text';
import { inTransaction } from './transaction';

type Scope = 'reference' | 'asker';

/**
 * Wrong answers to case lookups, counted in one table for every instance. An attempt holds
 * transaction advisory locks on both its keys (the reference and the asker, always taken in the
 * same order, so two attempts cannot deadlock) from the check to the recorded miss: guesses sent
 * at once to several instances are counted one after another, and none slips past the limit.
 */
export class PgLookupLocks implements LookupLocks {
  constructor(private readonly pool: Pool) {}

  async lockedUntil(keys: { reference?: string; asker: string }, now: Date): Promise<Date | null> {
    return until(this.pool, keys, now);
  }

  async attempt(keys: LookupKeys, now: Date, answerMatches: boolean): Promise<LookupAttempt> {
    const locks = [advisoryKey('lookup-reference', keys.reference), advisoryKey('lookup-asker', keys.asker)].sort();
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1::bigint), pg_advisory_xact_lock($2::bigint)', locks);
      const lockedTill = await until(client, keys, now);
      if (lockedTill) return { outcome: 'locked', until: lockedTill };
      if (answerMatches) {
        await client.query(`DELETE FROM lookup_misses WHERE scope = 'reference' AND key = $1`, [pgKey(keys.reference)]);
        return { outcome: 'matched' };
      }
      await client.query('DELETE FROM lookup_misses WHERE at <= $1', [rememberedSince(now)]);
      await client.query(`INSERT INTO lookup_misses (scope, key, at) VALUES ('reference', $1, $3), ('asker', $2, $3)`, [
        pgKey(keys.reference),
        pgKey(keys.asker),
        now,
      ]);
      return { outcome: 'missed', lockedUntil: await until(client, keys, now) };
    });
  }

  async misses(scope: Scope, key: string, now: Date): Promise<number> {
    return (await missesOf(this.pool, scope, key, now)).length;
  }
}

async function until(db: Pool | PoolClient, keys: { reference?: string; asker: string }, now: Date): Promise<Date | null> {
  const byAsker = lockedUntil(await missesOf(db, 'asker', keys.asker, now), now);
  return keys.reference === undefined ? byAsker : laterOf(byAsker, lockedUntil(await missesOf(db, 'reference', keys.reference, now), now));
}

async function missesOf(db: Pool | PoolClient, scope: Scope, key: string, now: Date): Promise<Date[]> {
  const { rows } = await db.query<{ at: Date }>('SELECT at FROM lookup_misses WHERE scope = $1 AND key = $2 AND at > $3', [
    scope,
    pgKey(key),
    rememberedSince(now),
  ]);
  return rows.map((r) => r.at);
}
